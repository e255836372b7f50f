// Exercício: o rate limiter GET-depois-INCR. Torne a contagem atômica
// e garanta que o contador nunca fique sem TTL.
import Redis from 'ioredis';

const redis = new Redis();

export async function allow(client: string, limit: number, windowSeconds: number) {
  const key = `rate:${client}`;
  // ❌ Ler e depois escrever: outra requisição lê o mesmo valor no meio.
  const current = await redis.get(key);
  if (current !== null && Number(current) >= limit) return false;
  await redis.incr(key);
  if (current === null) await redis.expire(key, windowSeconds);
  return true;
}

// Experimente: 10 requisições ao mesmo tempo, limite 3.
const answers = await Promise.all(Array.from({ length: 10 }, () => allow('demo', 3, 60)));
console.log(`${answers.filter(Boolean).length} de 10 passaram (limite 3)`);
