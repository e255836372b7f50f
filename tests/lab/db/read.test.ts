import { describe, expect, it } from 'vitest';
import { rowsReadPerRowMs, sameDcRoundTripMs } from '~/data/latency-model';
import { Engine } from '~/lab/db/engine';
import { SEED_POSTS, SEED_USERS } from '~/lab/db/seed';
import { drive } from '../support/drive';
import { testDb } from '../support/database';

function setup() {
  const t = testDb();
  const db = new Engine(t.env, {}, 'test').db;
  const run = <T>(p: Promise<T>) => drive(t.clock, p);
  return { ...t, db, run };
}

describe('reads: plans and rows read', () => {
  it('prints Index Cond as PostgreSQL does: = for one value with no Filter line, = ANY only for a list', async () => {
    const { db, run } = setup();
    const one = await run(db.user.explain('findUnique', { where: { id: 42 } }));
    expect(one.plan.map((l) => l.trim())).toContain('Index Cond: (id = 42)');
    expect(one.plan.some((l) => l.includes('Filter:'))).toBe(false);
    const list = await run(db.user.explain('findMany', { where: { id: { in: [3, 1] } } }));
    expect(list.plan.map((l) => l.trim())).toContain("Index Cond: (id = ANY ('{3,1}'::integer[]))");
    expect(list.plan.some((l) => l.includes('Filter:'))).toBe(false);
    const filtered = await run(db.user.explain('findMany', { where: { id: 42, country: 'BR' } }));
    expect(filtered.plan.map((l) => l.trim())).toEqual(
      expect.arrayContaining(['Index Cond: (id = 42)', 'Filter: id = $1 AND country = $2']),
    );
  });

  it('OFFSET 10,000 + LIMIT 20 reads 10,020 rows; a cursor page reads 20', async () => {
    const { db, run } = setup();
    const offset = await run(db.post.explain('findMany', { orderBy: { id: 'asc' }, skip: 10_000, take: 20 }));
    expect(offset.rowsRead).toBe(10_020);
    expect(offset.rowsReturned).toBe(20);
    expect(offset.plan.join('\n')).toContain('Index Scan using posts_pkey on posts');
    const cursor = await run(db.post.explain('findMany', { where: { id: { gt: 10_000 } }, orderBy: { id: 'asc' }, take: 20 }));
    expect(cursor.rowsRead).toBe(20);
    const prisma = await run(db.post.explain('findMany', { cursor: { id: 10_000 }, skip: 1, take: 20 }));
    expect(prisma.rowsRead).toBe(21);
  });

  it('a lookup by a foreign key is a full scan until an index exists, then reads only the matches', async () => {
    const { db, run } = setup();
    const before = await run(db.post.explain('findMany', { where: { userId: 3 } }));
    expect(before.statements[0]!.access).toBe('Seq Scan');
    expect(before.rowsRead).toBe(SEED_POSTS);
    expect(await run(db.$createIndex('posts', 'userId'))).toBe('posts_user_id_idx');
    const after = await run(db.post.explain('findMany', { where: { userId: 3 } }));
    expect(after.statements[0]).toMatchObject({ access: 'Index Scan', index: 'posts_user_id_idx' });
    expect(after.rowsRead).toBe(after.rowsReturned);
    expect(after.rowsReturned).toBeGreaterThan(0);
    await run(db.$dropIndex('posts_user_id_idx'));
    expect(db.$indexes().map((i) => i.name)).toEqual(['users_pkey', 'users_email_key', 'posts_pkey']);
  });

  it('N+1 issues 1 + N queries; include issues 1 (join) or 2 (query)', async () => {
    const { db, run, database } = setup();
    const users = await run(db.user.findMany({ take: 10 }));
    for (const u of users) await run(db.post.findMany({ where: { userId: u.id as number } }));
    expect(database.log.count).toBe(11);
    database.log.clear();
    const joined = await run(db.user.findMany({ take: 10, include: { posts: true } }));
    expect(database.log.count).toBe(1);
    database.log.clear();
    const queried = await run(db.user.findMany({ take: 10, include: { posts: true }, relationLoadStrategy: 'query' }));
    expect(database.log.count).toBe(2);
    expect(queried).toEqual(joined);
    expect((joined[0]!.posts as unknown[]).length).toBeGreaterThan(0);
  });

  it('a query costs a round trip plus the rows it reads, on the virtual clock', async () => {
    const { db, run, clock } = setup();
    await run(db.user.count({ where: { id: 1 } }));
    const t0 = clock.nowMs();
    await run(db.post.findMany({ where: { userId: 3 } }));
    expect(clock.nowMs() - t0).toBeCloseTo(sameDcRoundTripMs + SEED_POSTS * rowsReadPerRowMs, 9);
    expect(rowsReadPerRowMs).toBeCloseTo(0.001, 12);
  });

  it('seeds deterministic data', async () => {
    const a = setup();
    const b = setup();
    expect(await a.run(a.db.user.count())).toBe(SEED_USERS);
    expect(await a.run(a.db.post.findMany({ where: { userId: 42 } }))).toEqual(await b.run(b.db.post.findMany({ where: { userId: 42 } })));
  });

  it('explains bad arguments clearly, like Prisma', async () => {
    const { db, run } = setup();
    await expect(run(db.user.findMany({ where: { nope: 1 } }))).rejects.toThrow('Unknown argument `nope` in where of model user');
    await expect(run(db.user.findMany({ where: { id: '3' } as never }))).rejects.toThrow(
      'Argument `id`: Invalid value provided. Expected Int, provided String.',
    );
    await expect(run(db.user.findUnique({ where: { country: 'BR' } }))).rejects.toThrow('needs a unique field');
    await expect(run(db.post.findMany({ cursor: { id: 5 }, orderBy: { likes: 'asc' } }))).rejects.toThrow(
      'A `cursor` needs the rows ordered by id',
    );
    await expect(run(db.user.findMany({ take: -1 }))).rejects.toThrow('`take` must be a non-negative integer');
    await expect(run(db.user.update({ where: { id: 999_999 }, data: { name: 'x' } }))).rejects.toMatchObject({ code: 'P2025' });
  });
});
