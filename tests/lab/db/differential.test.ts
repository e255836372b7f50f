/**
 * A property-based differential: random Prisma-shaped reads, aggregates and writes (filters nested
 * with AND/OR/NOT, empty branches, empty lists, LIKE wildcards, orders, pages) run on the lab;
 * every statement the query log records is then replayed on PGlite with its parameters and must
 * return the same rows (writes: the same affected count; constraint failures: a failure too).
 */
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '~/lab/db/client';
import { labClient, seedPostgres } from '../support/postgres';

const postLeaf = fc.oneof(
  fc.record({ userId: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ likes: fc.record({ gte: fc.integer({ min: 0, max: 999 }) }, { requiredKeys: [] }) }),
  fc.record({
    likes: fc.record({ lt: fc.integer({ min: 0, max: 999 }), not: fc.integer({ min: 0, max: 999 }) }, { requiredKeys: ['lt'] }),
  }),
  fc.record({ id: fc.record({ in: fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 4 }) }) }),
  fc.record({ id: fc.record({ notIn: fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 3 }) }) }),
  fc.record({ published: fc.boolean() }),
  fc.record({
    title: fc.record({
      contains: fc.constantFrom('#1', 'notes', '_', '%', 'Caching', ''),
    }),
  }),
  fc.record({ title: fc.record({ startsWith: fc.constantFrom('Cach', 'c', 'Index'), mode: fc.constantFrom('default', 'insensitive') }) }),
  fc.record({ title: fc.record({ equals: fc.constantFrom('caching NOTES #1', 'x'), mode: fc.constant('insensitive') }) }),
  fc.record({
    title: fc.record({
      in: fc.array(fc.constantFrom('CACHING notes #3', 'Index tips #2', 'a_b'), { maxLength: 3 }),
      mode: fc.constant('insensitive'),
    }),
  }),
  fc.record({ title: fc.record({ endsWith: fc.constantFrom('#1_', '%2', '\\_', '1') }) }),
  fc.constant({}),
);

const postWhere: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    postLeaf,
    fc.record({ OR: fc.array(tie('where'), { maxLength: 3 }) }),
    fc.record({ AND: fc.array(tie('where'), { maxLength: 3 }) }),
    fc.record({ NOT: tie('where') }),
  ),
})).where as fc.Arbitrary<Record<string, unknown>>;

type Op = (db: DbClient) => PromiseLike<unknown>;

const op: fc.Arbitrary<Op> = fc.oneof(
  fc
    .record({
      where: postWhere,
      orderBy: fc.constantFrom(undefined, { likes: 'desc' }, { title: 'asc' }, { id: 'desc' }),
      take: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
      skip: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    })
    .map((a) => (db: DbClient) => db.post.findMany({ ...a, where: { AND: [a.where, { id: { lte: 400 } }] } })),
  postWhere.map((where) => (db: DbClient) => db.post.count({ where })),
  // A cursor on a row that may have been deleted (then the page is empty, as in Prisma).
  fc
    .record({ id: fc.integer({ min: 1, max: 320 }), dir: fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'> })
    .map((a) => (db: DbClient) => db.post.findMany({ cursor: { id: a.id }, orderBy: { id: a.dir }, take: 4 })),
  postWhere.map(
    (where) => (db: DbClient) =>
      db.post.aggregate({ where, _count: true, _sum: { likes: true }, _avg: { likes: true }, _max: { title: true } }),
  ),
  postWhere.map((where) => (db: DbClient) => db.post.groupBy({ by: ['published'], where, _count: { _all: true }, _min: { likes: true } })),
  fc
    .record({ where: postWhere, likes: fc.integer({ min: 0, max: 999 }) })
    .map((a) => (db: DbClient) => db.post.updateMany({ where: { AND: [a.where, { id: { lte: 300 } }] }, data: { likes: a.likes } })),
  fc
    .record({ userId: fc.integer({ min: 1, max: 2_100 }), title: fc.string({ maxLength: 8 }) })
    .map((a) => (db: DbClient) => db.post.create({ data: { ...a, likes: 0, published: true } }).catch((e: Error) => e)),
  fc.integer({ min: 1, max: 300 }).map((id) => (db: DbClient) => db.post.deleteMany({ where: { id } })),
);

describe('random Prisma-shaped operations: the lab and PostgreSQL (PGlite) agree on every logged statement', () => {
  let pg: PGlite;
  const lab = labClient();
  let replayed = 0;
  let operations = 0;

  beforeAll(async () => {
    pg = new PGlite();
    await seedPostgres(pg);
  }, 60_000);

  afterAll(async () => {
    console.info(`[db differential] ${operations} operations, ${replayed} logged statements replayed on PGlite`);
    await pg.close();
  });

  it('replays every logged statement with the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const run of ops) {
          const before = lab.database.log.count;
          await run(lab.db);
          operations++;
          for (const e of lab.database.log.entries.slice(before)) {
            replayed++;
            if (e.error) {
              await expect(pg.query(e.sql, e.params), e.sql).rejects.toThrow(/violates/);
              continue;
            }
            const result = await pg.query<Record<string, unknown>>(e.sql, e.params);
            expect(result.rows, `${e.sql} ${JSON.stringify(e.params)}`).toEqual(e.rows);
            if (e.kind === 'update' || e.kind === 'delete' || e.kind === 'insert') expect(result.affectedRows, e.sql).toBe(e.affected);
          }
        }
      }),
      { numRuns: 100, seed: 20_261_202, endOnFailure: true },
    );
  }, 120_000);
});
