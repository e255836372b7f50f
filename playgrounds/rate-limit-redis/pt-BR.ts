// O rate limit distribuído do módulo (janela fixa no Redis), rodando
// com requisições concorrentes. Cada comando Redis é uma ida e volta
// na rede (0,5 ms no laboratório), e outras requisições rodam no meio.
import Redis from 'ioredis';
import { advance } from '@lab/clock';

const redis = new Redis();
class HTTPException extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// ❌ O código do módulo, linha a linha: lê, compara e só então incrementa.
async function rateLimit(userId: string, maxRequests = 100, window = 3600) {
  const key = `rate_limit:${userId}`;
  const current = await redis.get(key);
  if (current && Number(current) >= maxRequests) {
    throw new HTTPException(429, 'Rate limit exceeded');
  }
  await redis.incr(key);
  if (!current) await redis.expire(key, window);
}

// ✅ Incrementa primeiro e decide pelo número que o INCR devolve: o Redis
// roda um comando por vez, então duas requisições nunca pegam o mesmo
// número. O MULTI manda INCR e EXPIRE juntos (uma ida e volta, nada
// morre entre eles); o NX (Redis 7) mantém o primeiro prazo da janela.
async function rateLimitAtomic(userId: string, maxRequests = 100, window = 3600) {
  const key = `rate_limit:${userId}`;
  const multi = redis.multi().incr(key).expire(key, window, 'NX');
  const count = (await multi.exec())![0]![1] as number;
  if (count > maxRequests) {
    throw new HTTPException(429, 'Rate limit exceeded');
  }
}

// 20 requisições de um usuário chegam juntas; o limite é 5.
async function burst(limiter: typeof rateLimit) {
  await redis.flushall();
  const requests = Array.from({ length: 20 }, () => limiter('42', 5));
  const results = await Promise.allSettled(requests);
  return results.filter((r) => r.status === 'fulfilled').length;
}
const racy = await burst(rateLimit);
const atomic = await burst(rateLimitAtomic);
console.log('20 requisições juntas, limite 5:');
console.log(`  ❌ GET, compara, INCR do módulo: ${racy} passaram`);
console.log(`  ✅ INCR primeiro, num MULTI:     ${atomic} passaram`);
// Os 20 GETs leram "ainda sem contagem" antes de o primeiro INCR chegar.

// ❌ O worker morre (deploy, OOM kill) logo depois do INCR, antes do EXPIRE.
async function crashAfterIncr(userId: string) {
  await redis.incr(`rate_limit:${userId}`);
  throw new Error('worker morto');
}
await redis.flushall();
await crashAfterIncr('7').catch(() => {});
for (let i = 0; i < 4; i++) await rateLimit('7', 5); // agora conta 5
const ttl = await redis.ttl('rate_limit:7');
console.log('Worker morto entre INCR e EXPIRE:');
console.log(`  TTL rate_limit:7 = ${ttl} (sem expiração)`);
await advance(2 * 3_600_000); // duas horas depois, bem além da janela
const later = await rateLimit('7', 5).then(() => 200, (e) => e.status);
console.log(`  duas horas depois: ${later}, e assim para sempre`);

// ✅ Com MULTI o prazo é definido no mesmo passo que a contagem.
await redis.flushall();
await rateLimitAtomic('7', 5);
const ttlAtomic = await redis.ttl('rate_limit:7');
console.log(`Com MULTI: TTL rate_limit:7 = ${ttlAtomic} s`);
