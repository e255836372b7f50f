/**
 * SQL against real PostgreSQL: every query shape the ORM supports runs on the lab, then the SQL
 * text and parameters from the query log run on PGlite (PostgreSQL compiled to WASM) seeded with
 * the same rows. Each statement must return the same rows in the same order (writes: the same
 * count of affected rows; constraint failures: a failure on PostgreSQL too).
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '~/lab/db/client';
import { seedRows } from '~/lab/db/seed';
import type { QueryLogEntry } from '~/lab/db/statement';
import { labClient, seedPostgres } from '../support/postgres';

/** Query shapes, each an ORM call (or a few) a playground can make. */
/** An email that exists in the seed, whatever the generator made of user 7. */
const seededEmail = String(seedRows().users[6]!.email);

const shapes: [string, (db: DbClient) => Promise<unknown>][] = [
  ['findUnique by id', (db) => db.user.findUnique({ where: { id: 42 } })],
  ['findUnique by unique email', (db) => db.user.findUnique({ where: { email: seededEmail } })],
  ['findUnique of a missing row', (db) => db.user.findUnique({ where: { id: 999_999 } })],
  ['findMany by foreign key, no index (sequential scan)', (db) => db.post.findMany({ where: { userId: 7 } })],
  ['findMany ordered by another column, take and skip', (db) => db.post.findMany({ orderBy: { likes: 'desc' }, take: 10, skip: 5 })],
  ['OFFSET pagination deep in the table', (db) => db.post.findMany({ orderBy: { id: 'asc' }, skip: 10_000, take: 20 })],
  ['cursor pagination with skip 1', (db) => db.post.findMany({ cursor: { id: 10_000 }, skip: 1, take: 20, orderBy: { id: 'asc' } })],
  ['keyset pagination: id > last id', (db) => db.post.findMany({ where: { id: { gt: 12_345 } }, orderBy: { id: 'asc' }, take: 20 })],
  [
    'backward keyset page: id < last id, descending',
    (db) => db.post.findMany({ where: { id: { lt: 500 } }, orderBy: { id: 'desc' }, take: 15 }),
  ],
  ['descending cursor', (db) => db.post.findMany({ cursor: { id: 300 }, take: 5, orderBy: { id: 'desc' } })],
  [
    'OR, startsWith and text ordering',
    (db) =>
      db.user.findMany({ where: { OR: [{ country: 'PT' }, { country: 'DE' }], name: { startsWith: 'Ana' } }, orderBy: { name: 'asc' } }),
  ],
  [
    'contains, endsWith, case-insensitive contains',
    (db) => db.user.findMany({ where: { email: { contains: '.lima.' }, name: { endsWith: 'Lima' } }, take: 30 }),
  ],
  ['mode insensitive', (db) => db.post.findMany({ where: { title: { contains: 'CACHING NOTES #12', mode: 'insensitive' } } })],
  ['in, notIn and not', (db) => db.post.findMany({ where: { userId: { in: [3, 4, 5] }, likes: { not: 0 }, id: { notIn: [1, 2, 3] } } })],
  ['empty in list', (db) => db.user.findMany({ where: { id: { in: [] } } })],
  [
    'ranges on an int column and a boolean',
    (db) =>
      db.post.findMany({ where: { likes: { gte: 990, lte: 999 }, published: false }, orderBy: [{ likes: 'desc' }, { title: 'asc' }] }),
  ],
  [
    'NOT and AND lists',
    (db) => db.user.findMany({ where: { AND: [{ country: 'BR' }, { id: { lte: 300 } }], NOT: { name: { contains: 'a' } } } }),
  ],
  [
    '% and _ in the search text are wildcards (Prisma does not escape them)',
    (db) => db.post.findMany({ where: { title: { contains: '_%' } } }),
  ],
  ['select a subset of fields', (db) => db.post.findMany({ where: { userId: 11 }, select: { id: true, title: true } })],
  ['include posts with one JOIN', (db) => db.user.findMany({ take: 5, include: { posts: true } })],
  [
    'include posts with a second query (IN)',
    (db) => db.user.findMany({ take: 5, include: { posts: true }, relationLoadStrategy: 'query' }),
  ],
  [
    'include filtered, ordered posts with one JOIN',
    (db) =>
      db.user.findMany({
        where: { country: 'JP' },
        take: 4,
        skip: 2,
        orderBy: { name: 'desc' },
        include: { posts: { where: { OR: [{ published: false }, { likes: { gt: 900 } }] }, orderBy: { likes: 'desc' } } },
      }),
  ],
  [
    'include filtered posts with a second query',
    (db) =>
      db.user.findMany({
        where: { country: 'JP' },
        take: 4,
        include: { posts: { where: { published: true }, orderBy: { likes: 'asc' } } },
        relationLoadStrategy: 'query',
      }),
  ],
  ['select with a relation inside', (db) => db.user.findMany({ take: 3, select: { name: true, posts: { select: { title: true } } } })],
  ['post with its author (JOIN)', (db) => db.post.findMany({ where: { likes: 777 }, include: { author: true } })],
  [
    'post with its author (second query)',
    (db) => db.post.findMany({ where: { likes: 777 }, include: { author: { select: { name: true } } }, relationLoadStrategy: 'query' }),
  ],
  ['findFirst with an order', (db) => db.post.findFirst({ where: { userId: 99 }, orderBy: { likes: 'desc' } })],
  ['count with a filter', (db) => db.post.count({ where: { published: true, likes: { gt: 500 } } })],
  ['count all', (db) => db.user.count()],
  [
    'CREATE INDEX, then the same lookup by index',
    async (db) => {
      await db.$createIndex('posts', 'userId');
      await db.post.findMany({ where: { userId: 7 } });
      await db.user.findMany({ take: 3, include: { posts: true } });
    },
  ],
  ['create a user', (db) => db.user.create({ data: { name: 'Zoe Quinn', email: 'zoe@example.com', country: 'PT' } })],
  [
    'create with a duplicate email fails',
    (db) => db.user.create({ data: { name: 'Zoe Again', email: 'zoe@example.com', country: 'PT' } }).catch((e: Error) => e),
  ],
  [
    'create a post for the new user',
    (db) => db.post.create({ data: { userId: 2_001, title: "it's new", likes: 0, published: false }, select: { id: true, title: true } }),
  ],
  [
    'create a post for a missing user fails',
    (db) => db.post.create({ data: { userId: 99_999, title: 'orphan', likes: 0, published: false } }).catch((e: Error) => e),
  ],
  [
    'createMany',
    (db) => db.post.createMany({ data: [1, 2, 3].map((i) => ({ userId: 2_001, title: `batch ${i}`, likes: i, published: true })) }),
  ],
  ['update with increment', (db) => db.post.update({ where: { id: 1 }, data: { likes: { increment: 5 }, title: 'edited' } })],
  ['update by unique email', (db) => db.user.update({ where: { email: 'zoe@example.com' }, data: { country: 'BR' } })],
  [
    'update to a taken email fails',
    (db) => db.user.update({ where: { id: 2 }, data: { email: 'zoe@example.com' } }).catch((e: Error) => e),
  ],
  ['updateMany', (db) => db.post.updateMany({ where: { userId: 2_001 }, data: { published: false } })],
  ['delete a post', (db) => db.post.delete({ where: { id: 2 } })],
  [
    'delete a user cascades to posts',
    async (db) => {
      await db.user.delete({ where: { id: 2_001 } });
      await db.post.count({ where: { userId: 2_001 } });
    },
  ],
  ['deleteMany', (db) => db.post.deleteMany({ where: { likes: { gte: 998 } } })],
  [
    'DROP INDEX, then a sequential scan again',
    async (db) => {
      await db.$dropIndex('posts_user_id_idx');
      await db.post.findMany({ where: { userId: 8 } });
    },
  ],
  ['the table after all writes', (db) => db.post.findMany({ where: { id: { lte: 3 } } })],
];

describe('the SQL in the query log returns the same rows on PostgreSQL (PGlite)', () => {
  let pg: PGlite;
  const lab = labClient();
  let checked = 0;

  beforeAll(async () => {
    pg = new PGlite();
    await seedPostgres(pg);
  }, 60_000);

  afterAll(async () => {
    console.info(`[postgres parity] ${shapes.length} query shapes, ${checked} statements compared with PGlite`);
    await pg.close();
  });

  // Shapes run in order: the writes build on each other, on both databases.
  for (const [name, run] of shapes) {
    it(name, async () => {
      const before = lab.database.log.count;
      await run(lab.db);
      const entries: readonly QueryLogEntry[] = lab.database.log.entries.slice(before);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        checked++;
        if (e.error) {
          await expect(pg.query(e.sql, e.params), e.sql).rejects.toThrow(/violates (unique|foreign key) constraint/);
          continue;
        }
        const result = await pg.query<Record<string, unknown>>(e.sql, e.params);
        expect(result.rows, e.sql).toEqual(e.rows);
        if (e.kind === 'insert' || e.kind === 'update' || e.kind === 'delete') expect(result.affectedRows, e.sql).toBe(e.affected);
      }
    });
  }
});
