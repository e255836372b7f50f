// Exercício: cache-aside com leitura velha. Invalide o cache na escrita
// e dê um TTL a cada chave.
import Redis from 'ioredis';
import { db } from '@lab/db';

const redis = new Redis();

export async function getUser(id: number) {
  const hit = await redis.get(`user:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await db.user.findUnique({ where: { id } });
  // ❌ Sem TTL: a chave fica para sempre.
  if (user) await redis.set(`user:${id}`, JSON.stringify(user));
  return user;
}

export async function renameUser(id: number, name: string) {
  // ❌ Atualiza o banco e esquece o cache.
  await db.user.update({ where: { id }, data: { name } });
}

// Experimente: leia, renomeie e leia de novo.
console.log((await getUser(5)).name);
await renameUser(5, 'Nome Novo');
console.log((await getUser(5)).name);
