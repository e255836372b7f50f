// Janela fixa vs janela deslizante, ambas no Redis, limite 5 por minuto.
// A janela fixa zera na virada do minuto: um cliente gasta 5 logo antes
// da virada e mais 5 logo depois, o dobro do limite em segundos. A
// janela deslizante conta os últimos 60 s, seja qual for o "agora".
import Redis from 'ioredis';
import { advance } from '@lab/clock';

const redis = new Redis();
const limit = 5;
const windowMs = 60_000;

// Janela fixa: um contador por minuto do relógio (INCR primeiro, atômico).
async function fixedWindow(userId: string): Promise<boolean> {
  const key = `rl:fixed:${userId}:${Math.floor(Date.now() / windowMs)}`;
  const replies = await redis.multi().incr(key).pexpire(key, windowMs).exec();
  return (replies![0]![1] as number) <= limit;
}

// Log de janela deslizante: um sorted set com os horários (score = ms).
// Num só MULTI: remove o que saiu da janela, adiciona este, conta.
// Como na página, recusada não conta: a entrada sai com ZREM. (A outra
// política, contar também as recusadas, mantém bloqueado quem insiste.)
let seq = 0;
async function slidingWindow(userId: string): Promise<boolean> {
  const key = `rl:sliding:${userId}`;
  const now = Date.now();
  const member = `${now}:${++seq}`;
  const replies = await redis
    .multi()
    .zremrangebyscore(key, 0, now - windowMs)
    .zadd(key, now, member) // membros precisam ser únicos
    .zcard(key)
    .pexpire(key, windowMs) // o set de um usuário parado some
    .exec();
  const allowed = (replies![2]![1] as number) <= limit;
  if (!allowed) await redis.zrem(key, member); // recusada não conta
  return allowed;
}

// Um cliente manda uma requisição a cada 2 s, de 00:50 a 01:08 (relógio).
const clock = (ms: number) => new Date(ms).toISOString().slice(14, 19);
const status = (ok: boolean) => (ok ? 200 : 429);
await advance(50_000 - (Date.now() % windowMs));
const rows: object[] = [];
const passedAt = { fixed: [] as number[], sliding: [] as number[] };
for (let i = 0; i < 10; i++) {
  const at = Date.now();
  const fixed = await fixedWindow('ana');
  const sliding = await slidingWindow('ana');
  if (fixed) passedAt.fixed.push(at);
  if (sliding) passedAt.sliding.push(at);
  rows.push({
    'hora': clock(at),
    'janela fixa': status(fixed),
    'janela deslizante': status(sliding),
  });
  await advance(2_000);
}
console.table(rows);

// O máximo de requisições aceitas em qualquer intervalo de 60 s.
const inWindowFrom = (times: number[], t: number) =>
  times.filter((u) => u >= t && u < t + windowMs).length;
const worstMinute = (times: number[]) =>
  Math.max(...times.map((t) => inWindowFrom(times, t)));
console.log(`Máximo aceito em quaisquer 60 s (limite ${limit}):`);
console.log(`  janela fixa:       ${worstMinute(passedAt.fixed)}`);
console.log(`  janela deslizante: ${worstMinute(passedAt.sliding)}`);
// O preço: o log deslizante guarda uma entrada por requisição (a memória
// cresce com o limite); um contador por janela custa um único inteiro.
