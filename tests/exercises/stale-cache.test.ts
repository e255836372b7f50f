import { describeExercise } from './support';

describeExercise('stale-cache', {
  startFails: ['fresh-after-update', 'ttl-set'],
  otherSolutions: {
    'write-through: the rename rewrites the key': `
      import Redis from 'ioredis';
      import { db } from '@lab/db';
      const redis = new Redis();
      export async function getUser(id: number) {
        const hit = await redis.get('u:' + id);
        if (hit) return JSON.parse(hit);
        const user = await db.user.findUnique({ where: { id } });
        if (user) await redis.setex('u:' + id, 60, JSON.stringify(user));
        return user;
      }
      export async function renameUser(id: number, name: string) {
        const user = await db.user.update({ where: { id }, data: { name } });
        await redis.setex('u:' + id, 60, JSON.stringify(user));
      }`,
    'a hash with EXPIRE in one MULTI': `
      import Redis from 'ioredis';
      import { db } from '@lab/db';
      const redis = new Redis();
      export async function getUser(id: number) {
        const hit = await redis.hgetall('user:' + id);
        if (hit.id) return { ...hit, id: Number(hit.id) };
        const user = await db.user.findUnique({ where: { id } });
        if (user) await redis.multi().hset('user:' + id, user).expire('user:' + id, 120).exec();
        return user;
      }
      export async function renameUser(id: number, name: string) {
        await db.user.update({ where: { id }, data: { name } });
        await redis.del('user:' + id);
      }`,
  },
  cheats: {
    'work skipped: no cache, every read from the database': {
      failed: 'hit-skips-database',
      source: `
        import { db } from '@lab/db';
        export const getUser = (id: number) => db.user.findUnique({ where: { id } });
        export async function renameUser(id: number, name: string) { await db.user.update({ where: { id }, data: { name } }); }`,
    },
    'a cache in memory, nothing in Redis': {
      failed: 'ttl-set',
      source: `
        import { db } from '@lab/db';
        const cache = new Map();
        export async function getUser(id: number) {
          if (!cache.has(id)) cache.set(id, await db.user.findUnique({ where: { id } }));
          return cache.get(id);
        }
        export async function renameUser(id: number, name: string) { await db.user.update({ where: { id }, data: { name } }); cache.delete(id); }`,
    },
    'hard-coded renamed answer': {
      failed: 'fresh-after-update',
      source: `
        import Redis from 'ioredis';
        import { db } from '@lab/db';
        const redis = new Redis();
        export async function getUser(id: number) {
          const hit = await redis.get('user:' + id);
          if (hit) return JSON.parse(hit);
          const user = await db.user.findUnique({ where: { id } });
          if (user) await redis.set('user:' + id, JSON.stringify(user), 'EX', 60);
          return user;
        }
        export async function renameUser(id: number, name: string) { await db.user.update({ where: { id }, data: { name } }); }
        console.log('Nome Novo');`,
    },
  },
});
