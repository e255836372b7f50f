// Um limite de 100 requisições por segundo, sob uma rajada: 20 req/s de
// tráfego de fundo e 1.000 req/s de 0,9 s a 1,1 s, bem em cima da virada
// de uma janela. A janela fixa (INCR numa chave por segundo) deixa
// passar 100 antes da virada e mais 100 logo depois: 200 em 0,2 s. A
// janela deslizante (um sorted set com as requisições do último
// segundo) nunca deixa passar mais de 100 em segundo nenhum.
import { load } from '@lab/load';
import Redis from 'ioredis';

const redis = new Redis();
const LIMIT = 100;
const traffic = {
  rate: 20,
  duration: 3_000,
  profile: { kind: 'spike', at: 900, duration: 200, peak: 1000 },
} as const;

async function fixedWindow() {
  const key = `fixed:${Math.floor(Date.now() / 1000)}`;
  const [[, count]] = (await redis.multi().incr(key).expire(key, 2).exec()) as [[null, number]];
  return count <= LIMIT;
}

let id = 0;
async function slidingWindow() {
  const now = Date.now();
  const [, [, count]] = (await redis
    .multi()
    .zremrangebyscore('sliding', 0, now - 1000)
    .zcard('sliding')
    .exec()) as [unknown, [null, number]];
  if (count >= LIMIT) return false;
  await redis.zadd('sliding', now, `${now}:${id++}`);
  return true;
}

for (const [name, allow] of [
  ['janela fixa', fixedWindow],
  ['janela deslizante', slidingWindow],
] as const) {
  await redis.flushall();
  const accepted: number[] = [];
  const start = performance.now();
  const r = await load(async () => {
    if (!(await allow())) return 429; // Too Many Requests: recusada
    accepted.push(performance.now() - start);
    return 200;
  }, { ...traffic, label: name });
  // O máximo de requisições aceitas em um segundo qualquer (olhando por
  // uma janela deslizante).
  let most = 0;
  for (const t of accepted) most = Math.max(most, accepted.filter((u) => u >= t && u < t + 1000).length);
  console.log(`${name}: ${r.completed} passaram, ${r.refused} recusadas, no máximo ${most} em um segundo`);
}
