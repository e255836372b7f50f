import { describeExercise } from './support';

describeExercise('connection-leak', {
  startFails: ['no-leak'],
  otherSolutions: {
    'engine.session': `
      import { createEngine } from '@lab/db';
      export const engine = createEngine({ poolSize: 5, maxOverflow: 0, poolTimeoutMs: 1_000 });
      export const renameUser = (id: number, name: string) =>
        engine.session(async (db) => {
          if (!(await db.user.findUnique({ where: { id } }))) throw new Error('missing');
          return db.user.update({ where: { id }, data: { name } });
        });`,
    'release before throwing, update through the ORM error': `
      import { createEngine } from '@lab/db';
      export const engine = createEngine({ poolSize: 3, maxOverflow: 0, poolTimeoutMs: 500 });
      export async function renameUser(id: number, name: string) {
        const conn = await engine.connect();
        let result;
        try {
          result = await conn.user.update({ where: { id }, data: { name } });
        } catch (e) {
          conn.release();
          throw e;
        }
        conn.release();
        return result;
      }`,
  },
  cheats: {
    'work skipped: never touches the database': {
      failed: 'still-works',
      source: `
        import { createEngine } from '@lab/db';
        export const engine = createEngine();
        export async function renameUser(id: number, name: string) { if (id > 2000) throw new Error('missing'); return { id, name }; }`,
    },
    'errors swallowed': {
      failed: 'still-works',
      source: `
        import { createEngine } from '@lab/db';
        export const engine = createEngine();
        export async function renameUser(id: number, name: string) {
          return engine.db.user.update({ where: { id }, data: { name } }).catch(() => null);
        }`,
    },
    'a fake engine that reports zero': {
      failed: 'no-leak',
      source: `
        import { createEngine } from '@lab/db';
        const real = createEngine({ poolSize: 5, maxOverflow: 0, poolTimeoutMs: 1_000 });
        export const engine = { stats: () => ({ checkedOut: 0 }) };
        export async function renameUser(id: number, name: string) {
          const conn = await real.connect();
          if (!(await conn.user.findUnique({ where: { id } }))) throw new Error('missing');
          const r = await conn.user.update({ where: { id }, data: { name } });
          conn.release();
          return r;
        }`,
    },
  },
});
