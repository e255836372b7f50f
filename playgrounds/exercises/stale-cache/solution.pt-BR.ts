// Solução: TTL em cada chave e DEL depois de cada escrita.
import Redis from 'ioredis';
import { db } from '@lab/db';

const redis = new Redis();
const TTL_SECONDS = 300;

export async function getUser(id: number) {
  const hit = await redis.get(`user:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await db.user.findUnique({ where: { id } });
  // ✅ A chave expira sozinha, mesmo se uma invalidação se perder.
  if (user) await redis.set(`user:${id}`, JSON.stringify(user), 'EX', TTL_SECONDS);
  return user;
}

export async function renameUser(id: number, name: string) {
  await db.user.update({ where: { id }, data: { name } });
  // ✅ Depois da escrita: a próxima leitura busca o valor novo.
  await redis.del(`user:${id}`);
}

console.log((await getUser(5)).name);
await renameUser(5, 'Nome Novo');
console.log((await getUser(5)).name);
