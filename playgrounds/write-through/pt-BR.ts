// Write-through: ao atualizar, grava no banco e em seguida no cache,
// para que a próxima leitura já encontre o dado novo no Redis.
import Redis from 'ioredis';
import { db } from '@lab/db';
import { sleep } from '@lab/clock';

const redis = new Redis();
const key = (id: number) => `user:${id}`;

// Leitura cache-aside (veja o playground cache-aside).
async function getUser(id: number) {
  const hit = await redis.get(key(id));
  if (hit) return { user: JSON.parse(hit), from: 'cache' };
  const user = await db.user.findUnique({ where: { id } });
  await redis.setex(key(id), 3600, JSON.stringify(user));
  return { user, from: 'banco' };
}

// O update_user do módulo. `pauseMs` simula o que pode atrasar um
// processo entre o commit e o SETEX: pausa de GC, retentativa, rede lenta.
async function updateUserWriteThrough(id: number, data: { name: string }, pauseMs = 0) {
  // 1. Atualizar o banco: UPDATE ... RETURNING, commit e linha nova.
  const user = await db.user.update({ where: { id }, data });
  await sleep(pauseMs);
  // 2. Atualizar o cache imediatamente.
  await redis.setex(key(id), 3600, JSON.stringify(user));
}

// Alternativa: depois do commit, apagar a chave; a próxima leitura
// busca no banco (um miss) e põe o valor atual no cache.
async function updateUserDeleteAfterCommit(id: number, data: { name: string }, pauseMs = 0) {
  await db.user.update({ where: { id }, data });
  await sleep(pauseMs);
  await redis.del(key(id));
}

// Um escritor só: a leitura seguinte é um hit, já com o nome novo.
await getUser(1);
await updateUserWriteThrough(1, { name: 'Carla Lima' });
const read = await getUser(1);
console.log(`Depois do write-through: leitura do ${read.from} → ${read.user.name}`);

// Dois escritores ao mesmo tempo no usuário 2: A grava "Ana" e atrasa
// 5 ms antes de tocar no cache; B grava "Bia" 1 ms depois, sem atraso.
async function race(label: string, update: typeof updateUserWriteThrough, id: number) {
  await getUser(id);
  await Promise.all([update(id, { name: 'Ana' }, 5), sleep(1).then(() => update(id, { name: 'Bia' }))]);
  const inDb = (await db.user.findUnique({ where: { id } }))!.name;
  const inCache = await redis.get(key(id));
  const next = await getUser(id);
  const stale = next.user.name !== inDb;
  console.log(`${label}: banco = ${inDb}, cache = ${inCache ? JSON.parse(inCache).name : '(vazio)'}, próxima leitura (${next.from}) = ${next.user.name} ${stale ? '❌ desatualizada por até 1 hora' : '✅ correta'}`);
}
// ❌ O último SETEX vence, não o último commit: o cache fica com "Ana"
// enquanto o banco tem "Bia", até o TTL expirar.
await race('Write-through', updateUserWriteThrough, 2);
// ✅ DEL não carrega valor nenhum: a ordem deixa de importar, e a
// próxima leitura busca "Bia" no banco. (Ainda resta uma janela menor:
// um leitor que leu antes do commit e grava depois do DEL; um TTL curto
// limita quanto tempo esse valor velho sobrevive.)
await race('Apagar depois do commit', updateUserDeleteAfterCommit, 3);
