// Invalidação de cache: por tempo (TTL) e manual (ao apagar o dado).
import Redis from 'ioredis';
import { db } from '@lab/db';
import { advance } from '@lab/clock';

const redis = new Redis();
const MINUTE = 60_000;

// Padrão: TTL. A chave some sozinha depois de 3600 s.
await redis.setex('key', 3600, 'value');
console.log(`Agora: GET key = ${await redis.get('key')}, TTL = ${await redis.ttl('key')} s`);
await advance(59 * MINUTE); // o relógio do laboratório pula 59 minutos
console.log(`59 min depois: GET key = ${await redis.get('key')}, TTL = ${await redis.ttl('key')} s`);
await advance(1 * MINUTE);
console.log(`1 hora depois: GET key = ${await redis.get('key')}, TTL = ${await redis.ttl('key')} (a chave não existe mais)`);

// Leitura cache-aside (veja o playground cache-aside).
async function getUser(id: number) {
  const hit = await redis.get(`user:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await db.user.findUnique({ where: { id } });
  await redis.setex(`user:${id}`, 3600, JSON.stringify(user));
  return user;
}

// ❌ Invalidação esquecida: o banco apaga, o cache não fica sabendo.
async function deleteUserForgetful(userId: number) {
  await db.user.delete({ where: { id: userId } });
}

// ✅ O delete_user do módulo, corrigido: lá `user` nunca foi buscado e
// não há commit. Aqui: carregar, apagar (commit), e só então o DEL.
// Com o DEL antes do commit, uma leitura no meio do caminho poria o
// usuário de volta no cache.
async function deleteUser(userId: number) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return false; // 404
  await db.user.delete({ where: { id: userId } }); // os posts vão junto (ON DELETE CASCADE)
  await redis.del(`user:${userId}`);
  return true;
}

for (const [label, remove, id] of [['Sem invalidação', deleteUserForgetful, 5], ['Com invalidação', deleteUser, 6]] as const) {
  await getUser(id); // alguém leu o usuário: agora ele está no cache
  await remove(id);
  const inDb = await db.user.findUnique({ where: { id } });
  const seen = await getUser(id);
  console.log(`${label}: apagamos o usuário ${id}; no banco: ${inDb ? 'existe' : 'não existe'}; getUser(${id}) → ${seen ? `${seen.name} ❌ leitura velha` : 'null ✅'}`);
}
// Sem invalidação, só o TTL salva: depois de 1 hora a chave expira.
await advance(60 * MINUTE);
console.log(`1 hora depois: getUser(5) → ${JSON.stringify(await getUser(5))}`);
