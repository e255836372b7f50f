import { describe, expect, it } from 'vitest';
import { connectionSetupMs, prePingMs, queryMs } from '~/data/latency-model';
import { Engine, openDirect } from '~/lab/db/engine';
import { drive } from '../support/drive';
import { testDb } from '../support/database';

describe('connection pool', () => {
  it('opens up to poolSize + maxOverflow connections, then makes checkouts wait for a release', async () => {
    const { clock, env } = testDb();
    const engine = new Engine(env, { poolSize: 2, maxOverflow: 1 }, 'test');
    const one = queryMs(1);
    await drive(clock, Promise.all(Array.from({ length: 5 }, (_, i) => engine.db.user.findUnique({ where: { id: i + 1 } }))));
    const s = engine.stats();
    expect(s.created).toBe(3);
    expect(s.waited).toBe(2);
    expect(s.reused).toBe(2);
    // Three connections in parallel (set-up + query), then two more queries on released ones.
    expect(clock.nowMs()).toBeCloseTo(connectionSetupMs + 2 * one, 9);
    // The overflow connection is closed when returned; poolSize stay open.
    expect(s.open).toBe(2);
    expect(s.idle).toBe(2);
  });

  it('fails a checkout after poolTimeoutMs when every connection stays checked out', async () => {
    const { clock, env } = testDb();
    const engine = new Engine(env, { poolSize: 1, maxOverflow: 0, poolTimeoutMs: 250 }, 'test');
    const held = await drive(clock, engine.connect());
    const startedWaiting = clock.nowMs();
    const err = await drive(
      clock,
      engine.db.user.count().then(
        () => null,
        (e: Error & { code?: string }) => e,
      ),
    );
    expect(err?.code).toBe('P2024');
    expect(err?.message).toContain('250 ms');
    expect(clock.nowMs() - startedWaiting).toBe(250);
    expect(engine.stats().timedOut).toBe(1);
    held.release();
    expect(await drive(clock, engine.db.user.count())).toBe(2_000);
  });

  it('hands a released connection to the longest waiter', async () => {
    const { clock, env } = testDb();
    const engine = new Engine(env, { poolSize: 1, maxOverflow: 0 }, 'test');
    const held = await drive(clock, engine.connect());
    const order: number[] = [];
    const waiting = [1, 2].map((n) => engine.db.user.findUnique({ where: { id: n } }).then(() => order.push(n)));
    clock.schedule(10, () => held.release());
    await drive(clock, Promise.all(waiting));
    expect(order).toEqual([1, 2]);
  });

  it('without pre-ping a connection killed by a restart fails its next query; the pool then replaces it', async () => {
    const { clock, env, database } = testDb();
    const engine = new Engine(env, { poolSize: 1 }, 'test');
    await drive(clock, engine.db.user.count());
    database.generation++;
    const err = await drive(
      clock,
      engine.db.user.count().then(
        () => null,
        (e: Error) => e,
      ),
    );
    expect(err?.message).toMatch(/^server closed the connection unexpectedly/);
    expect(await drive(clock, engine.db.user.count())).toBe(2_000);
    expect(engine.stats().created).toBe(2);
  });

  it('with pre-ping a dead connection is detected by SELECT 1 and replaced before the query', async () => {
    const { clock, env, database } = testDb();
    const engine = new Engine(env, { poolSize: 1, poolPrePing: true }, 'test');
    await drive(clock, engine.db.user.findUnique({ where: { id: 1 } }));
    const t0 = clock.nowMs();
    await drive(clock, engine.db.user.findUnique({ where: { id: 1 } }));
    expect(clock.nowMs() - t0).toBeCloseTo(prePingMs + queryMs(1), 9);
    expect(database.log.entries.filter((e) => e.kind === 'ping')).toHaveLength(1);
    database.generation++;
    const t1 = clock.nowMs();
    expect(await drive(clock, engine.db.user.findUnique({ where: { id: 1 } }))).toMatchObject({ id: 1 });
    expect(clock.nowMs() - t1).toBeCloseTo(prePingMs + connectionSetupMs + queryMs(1), 9);
    expect(engine.stats()).toMatchObject({ prePings: 2, replaced: 1, created: 2 });
  });

  it('a connection per request costs the set-up every time; a pool pays it once', async () => {
    const perRequest = testDb();
    await drive(
      perRequest.clock,
      (async () => {
        for (let i = 1; i <= 10; i++) {
          const conn = await openDirect(perRequest.env);
          await conn.user.findUnique({ where: { id: i } });
          await conn.close();
        }
      })(),
    );
    const pooled = testDb();
    const engine = new Engine(pooled.env, { poolSize: 5 }, 'test');
    await drive(
      pooled.clock,
      (async () => {
        for (let i = 1; i <= 10; i++) await engine.db.user.findUnique({ where: { id: i } });
      })(),
    );
    expect(perRequest.clock.nowMs() - pooled.clock.nowMs()).toBeCloseTo(9 * connectionSetupMs, 9);
  });

  it('numbers connections per database, so every run starts again at 1', async () => {
    for (const { clock, env, database } of [testDb(), testDb()]) {
      const engine = new Engine(env, { poolSize: 2 }, 'test');
      await drive(clock, Promise.all([1, 2].map((id) => engine.db.user.findUnique({ where: { id } }))));
      expect(database.log.entries.map((e) => e.connection).sort()).toEqual([1, 2]);
    }
  });

  it('rejects invalid pool options with a clear message', () => {
    const { env } = testDb();
    expect(() => new Engine(env, { poolSize: 0 }, 'x')).toThrow('`poolSize` must be an integer ≥ 1, got 0.');
    expect(() => new Engine(env, { maxOverflow: 1.5 }, 'x')).toThrow('`maxOverflow`');
  });
});
