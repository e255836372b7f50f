// Solução: INCR e EXPIRE NX numa MULTI: uma ida e volta, atômica.
import Redis from 'ioredis';

const redis = new Redis();

export async function allow(client: string, limit: number, windowSeconds: number) {
  const key = `rate:${client}`;
  // ✅ INCR devolve o valor já incrementado: cada requisição vê o seu.
  // EXPIRE NX só põe o TTL se a chave não tem um, na mesma transação.
  const [[, count]] = await redis.multi().incr(key).expire(key, windowSeconds, 'NX').exec();
  return count <= limit;
}

const answers = await Promise.all(Array.from({ length: 10 }, () => allow('demo', 3, 60)));
console.log(`${answers.filter(Boolean).length} de 10 passaram (limite 3)`);
