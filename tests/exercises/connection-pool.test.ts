import { describeExercise } from './support';

describeExercise('connection-pool', {
  startFails: ['bounded-connections', 'reuses-connections'],
  otherSolutions: {
    'the default sizes with pre-ping': `
      import { createEngine } from '@lab/db';
      const engine = createEngine({ poolPrePing: true });
      export async function userName(id: number) {
        return (await engine.db.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
      }`,
    'a session per call': `
      import { createEngine } from '@lab/db';
      const engine = createEngine({ poolSize: 5, maxOverflow: 5, poolPrePing: true });
      export const userName = (id: number) =>
        engine.session(async (db) => {
          const user = await db.user.findFirst({ where: { id } });
          return user === null ? null : user.name;
        });`,
  },
  cheats: {
    'hard-coded names': {
      failed: 'right-names',
      source: `
        const names = ['Ana', 'Bruno'];
        export async function userName(id: number) { return names[id % 2]; }`,
    },
    'a pool without pre-ping': {
      failed: 'survives-restart',
      source: `
        import { db } from '@lab/db';
        export async function userName(id: number) {
          const user = await db.user.findUnique({ where: { id } });
          return user ? user.name : null;
        }`,
    },
    'work skipped: no database at all': {
      failed: 'right-names',
      source: `export async function userName(id: number) { return null; }`,
    },
  },
});
