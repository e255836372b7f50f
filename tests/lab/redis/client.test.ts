import { describe, expect, it } from 'vitest';
import { redisCommandMs } from '~/data/latency-model';
import { run } from '../../runner/support';

describe('the lab Redis client in a program', () => {
  it('a command costs one round trip; a pipeline or MULTI of many commands costs one', async () => {
    const { logs, reports } = await run(`
      import Redis from 'ioredis';
      const redis = new Redis('redis://localhost:6379');
      let t0 = performance.now();
      for (let i = 0; i < 10; i++) await redis.incr('n');
      const one = performance.now() - t0;
      t0 = performance.now();
      const p = redis.pipeline();
      for (let i = 0; i < 10; i++) p.incr('n');
      await p.exec();
      const piped = performance.now() - t0;
      t0 = performance.now();
      await redis.multi().incr('n').incr('n').exec();
      console.log(one, piped, performance.now() - t0, await redis.get('n'));
    `);
    expect(logs).toEqual([`${10 * redisCommandMs} ${redisCommandMs} ${redisCommandMs} 22`]);
    expect(reports[0]!.lines[0]).toBe('25 commands in 13 round trips');
  });

  it('expiry commands work when the virtual clock sits between two milliseconds', async () => {
    const { logs, outcome } = await run(`
      import Redis from 'ioredis';
      const redis = new Redis();
      await redis.set('k', 'v');
      await redis.set('j', 'v');
      await redis.set('p', 'v', 'PX', 1500);
      // Three round trips in, the clock reads a fraction of a millisecond.
      console.log(performance.now() % 1 !== 0, await redis.expire('k', 10), await redis.pexpire('j', 2000), await redis.ttl('k'));
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual(['true 1 1 10']);
  });

  it('clients share one server; concurrent read-then-increment races as on a real Redis', async () => {
    const { logs } = await run(`
      import Redis from 'ioredis';
      const a = new Redis();
      const b = new Redis();
      async function limited(r) {
        const current = await r.get('hits');
        if (current && Number(current) >= 5) return false;
        await r.incr('hits');
        return true;
      }
      const passed = (await Promise.all(Array.from({ length: 10 }, (_, i) => limited(i % 2 ? a : b)))).filter(Boolean).length;
      console.log(passed, await a.get('hits'));
    `);
    expect(logs).toEqual(['10 10']);
  });

  it('supports callbacks, quit, and says which real commands the lab lacks', async () => {
    const { logs } = await run(`
      import { Redis } from 'ioredis';
      const redis = new Redis();
      await new Promise((done) => redis.set('k', 'v', (err, res) => { console.log(err, res); done(null); }));
      try { await redis.lpush('list', 'x'); } catch (e) { console.log(e.message); }
      console.log(await redis.quit());
      try { await redis.get('k'); } catch (e) { console.log(e.message); }
    `);
    expect(logs).toEqual([
      'null OK',
      "ERR unknown command 'lpush', with args beginning with: 'list' 'x' (the lab's Redis does not implement LPUSH)",
      'OK',
      'Connection is closed.',
    ]);
  });
});
