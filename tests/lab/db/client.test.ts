/**
 * The client methods every Prisma program uses ($connect, $disconnect, $transaction, upsert,
 * aggregate, groupBy), and Prisma's validation: every method called with missing or malformed
 * arguments rejects with a DbError, never a JavaScript TypeError from inside the lab.
 */
import { describe, expect, it } from 'vitest';
import { DbClient } from '~/lab/db/client';
import { Engine } from '~/lab/db/engine';
import { DbError } from '~/lab/db/errors';
import { drive } from '../support/drive';
import { testDb } from '../support/database';

function setup() {
  const t = testDb();
  const engine = new Engine(t.env, {}, 'test');
  const run = <T>(p: PromiseLike<T>) => drive(t.clock, Promise.resolve(p));
  return { ...t, engine, db: engine.db, run };
}

describe('client methods', () => {
  it('$connect opens a connection before the first query; $disconnect closes it and the next call opens another', async () => {
    const { db, engine, run } = setup();
    await run(db.$connect());
    expect(engine.stats()).toMatchObject({ created: 1, open: 1 });
    await run(db.$disconnect());
    expect(engine.stats()).toMatchObject({ open: 0 });
    await run(db.user.count());
    expect(engine.stats().created).toBe(2);
  });

  it('a model call sends nothing until it is awaited, as a PrismaPromise', async () => {
    const { db, database, run } = setup();
    const query = db.user.findUnique({ where: { id: 1 } });
    expect(database.log.count).toBe(0);
    expect((await run(query))?.id).toBe(1);
    expect(database.log.count).toBe(1);
  });

  it('$transaction with a list runs the calls in order on one connection between BEGIN and COMMIT', async () => {
    const { db, database, run } = setup();
    const [created, n] = (await run(
      db.$transaction([
        db.user.create({ data: { name: 'T', email: 't@example.com', country: 'PT' } }),
        db.user.count({ where: { country: 'PT' } }),
      ]),
    )) as [{ id: number }, number];
    const entries = database.log.entries;
    expect(entries.map((e) => e.sql.split(' ')[0])).toEqual(['BEGIN', 'INSERT', 'SELECT', 'COMMIT']);
    expect(new Set(entries.map((e) => e.connection)).size).toBe(1);
    expect(created.id).toBeGreaterThan(0);
    expect(n).toBe(await run(db.user.count({ where: { country: 'PT' } })));
  });

  it('an interactive $transaction that throws rolls its writes back and rejects with the error', async () => {
    const { db, database, run } = setup();
    const before = await run(db.post.findUnique({ where: { id: 5 } }));
    const err = await run(
      db
        .$transaction(async (tx) => {
          await tx.post.update({ where: { id: 5 }, data: { likes: { increment: 1_000 } } });
          await tx.post.delete({ where: { id: 6 } });
          throw new Error('not enough stock');
        })
        .catch((e: Error) => e),
    );
    expect((err as Error).message).toBe('not enough stock');
    expect(database.log.last()?.sql).toBe('ROLLBACK');
    expect(await run(db.post.findUnique({ where: { id: 5 } }))).toEqual(before);
    expect(await run(db.post.findUnique({ where: { id: 6 } }))).not.toBeNull();
  });

  it('an interactive $transaction commits and resolves with the function’s value', async () => {
    const { db, database, run } = setup();
    const likes = await run(
      db.$transaction(async (tx) => (await tx.post.update({ where: { id: 7 }, data: { likes: 1 }, select: { likes: true } })).likes),
    );
    expect(likes).toBe(1);
    expect(database.log.last()?.sql).toBe('COMMIT');
  });

  it('$transaction rejects a list with an awaited result in it, and a nested transaction', async () => {
    const { db, run } = setup();
    const done = await run(db.user.count());
    await expect(run(db.$transaction([done as never]))).rejects.toMatchObject({ code: 'P2009' });
    await expect(run(db.$transaction(async (tx) => tx.$transaction(async () => 1)))).rejects.toThrow(/nested/);
  });

  it('upsert creates the row when the unique where finds none, then updates it', async () => {
    const { db, run } = setup();
    const args = {
      where: { email: 'up@example.com' },
      create: { name: 'Up', email: 'up@example.com', country: 'BR' },
      update: { country: 'PT' },
    };
    const first = await run(db.user.upsert(args));
    expect(first).toMatchObject({ email: 'up@example.com', country: 'BR' });
    const second = await run(db.user.upsert(args));
    expect(second).toMatchObject({ id: first.id, country: 'PT' });
  });

  it('aggregate and groupBy agree with the rows they summarise', async () => {
    const { db, run } = setup();
    const rows = (await run(db.post.findMany({ where: { userId: { lte: 3 } } }))) as { userId: number; likes: number }[];
    const likes = rows.map((r) => r.likes);
    const agg = await run(
      db.post.aggregate({
        where: { userId: { lte: 3 } },
        _count: { _all: true },
        _sum: { likes: true },
        _avg: { likes: true },
        _min: { likes: true },
        _max: { likes: true },
      }),
    );
    expect(agg).toEqual({
      _count: { _all: rows.length },
      _sum: { likes: likes.reduce((a, b) => a + b, 0) },
      _avg: { likes: likes.reduce((a, b) => a + b, 0) / likes.length },
      _min: { likes: Math.min(...likes) },
      _max: { likes: Math.max(...likes) },
    });
    const groups = await run(db.post.groupBy({ by: ['userId'], where: { userId: { lte: 3 } }, _count: true, orderBy: { userId: 'desc' } }));
    expect(groups).toEqual(
      [3, 2, 1].map((u) => ({ userId: u, _count: rows.filter((r) => r.userId === u).length })).filter((g) => g._count > 0),
    );
  });
});

describe('values PostgreSQL refuses', () => {
  it('rejects integers outside int4 and NUL in text, as PostgreSQL does', async () => {
    const { db, run } = setup();
    await expect(run(db.post.findMany({ where: { likes: 2 ** 31 } }))).rejects.toThrow(
      'value "2147483648" is out of range for type integer',
    );
    await expect(run(db.user.findMany({ where: { name: 'a\0b' } }))).rejects.toThrow('invalid byte sequence for encoding "UTF8": 0x00');
    expect(await run(db.post.count({ where: { likes: { gte: -(2 ** 31) } } }))).toBeGreaterThan(0);
  });

  it('a cursor on a row that does not exist gives an empty page', async () => {
    const { db, run } = setup();
    expect(await run(db.post.findMany({ cursor: { id: 999_999 }, take: 3 }))).toEqual([]);
  });
});

/** Arguments a program may pass by mistake. */
const badArgs: unknown[] = [
  undefined,
  null,
  5,
  'id',
  [],
  true,
  {},
  { where: null },
  { where: 5 },
  { where: { id: 'x' } },
  { where: { nope: 1 } },
  { where: { id: { gt: null } } },
  { where: { OR: {} } },
  { where: { AND: [null] } },
  { where: { NOT: 5 } },
  { where: { name: { in: 'a' } } },
  { where: { name: { not: {} } } },
  { data: null },
  { data: 5 },
  { data: [] },
  { data: [null] },
  { data: { nope: 1 } },
  { where: { id: 1 }, data: { likes: { increment: 'x' } } },
  { where: { id: 1 }, data: { likes: {} } },
  { select: 5 },
  { select: null },
  { include: 'posts' },
  { include: { posts: 5 } },
  { orderBy: 5 },
  { orderBy: [null] },
  { orderBy: { id: 'up' } },
  { take: -1 },
  { take: 1.5 },
  { skip: 'x' },
  { cursor: 5 },
  { cursor: null },
  { cursor: { id: 'x' } },
  { by: 5 },
  { by: [] },
  { _count: 5 },
  { _sum: { name: true } },
  { _avg: null },
  { create: null, update: null, where: { id: 1 } },
];

const modelMethods = [
  'findMany',
  'findFirst',
  'findUnique',
  'findUniqueOrThrow',
  'findFirstOrThrow',
  'count',
  'aggregate',
  'groupBy',
  'create',
  'createMany',
  'update',
  'updateMany',
  'upsert',
  'delete',
  'deleteMany',
] as const;

async function outcome(call: () => PromiseLike<unknown>, run: <T>(p: PromiseLike<T>) => Promise<T>): Promise<unknown> {
  try {
    return await run(call());
  } catch (e) {
    return e;
  }
}

describe('validation: missing or malformed arguments', () => {
  it('every model method rejects bad arguments with a DbError (or succeeds), never a TypeError', async () => {
    let calls = 0;
    for (const model of ['user', 'post'] as const) {
      for (const method of modelMethods) {
        // A fresh database per method: a bad call that happens to succeed changes only its own method's runs.
        const { db, run } = setup();
        for (const args of badArgs) {
          const m = db[model][method] as (a: unknown) => PromiseLike<unknown>;
          const result = await outcome(() => m.call(db[model], args), run);
          calls++;
          if (result instanceof Error)
            expect(result, `${model}.${method}(${JSON.stringify(args)}): ${result.message}`).toBeInstanceOf(DbError);
        }
      }
    }
    expect(calls).toBe(2 * modelMethods.length * badArgs.length);
  }, 60_000);

  it('the $ methods and explain reject bad arguments with a DbError', async () => {
    const { db, run } = setup();
    const cases: [string, () => PromiseLike<unknown>][] = [
      ['$transaction()', () => (db.$transaction as (a?: unknown) => Promise<unknown>)()],
      ['$transaction(5)', () => db.$transaction(5 as never)],
      ['$transaction([5])', () => db.$transaction([5 as never])],
      ['$createIndex()', () => (db.$createIndex as (...a: unknown[]) => Promise<string>)()],
      ['$createIndex(posts, nope)', () => db.$createIndex('posts', 'nope')],
      ['$createIndex(5, 5)', () => db.$createIndex(5 as never, 5 as never)],
      ['explain(nope)', () => db.post.explain('nope' as never)],
      ['explain(findMany, 5)', () => db.post.explain('findMany', 5 as never)],
      ['explain(findUnique)', () => db.post.explain('findUnique')],
      ['explain(count, { where: 5 })', () => db.post.explain('count', { where: 5 as never })],
    ];
    for (const [name, call] of cases) {
      const result = await outcome(call, run);
      expect(result, name).toBeInstanceOf(DbError);
    }
    expect(db).toBeInstanceOf(DbClient);
  });
});
