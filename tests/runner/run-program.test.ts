import { describe, expect, it } from 'vitest';
import { crossDcRoundTripMs } from '~/data/latency-model';
import { frameLocation } from '~/runner/error-location';
import { MAX_TIMER_FIRINGS, runProgram, wrapperLineOffset } from '~/runner/run-program';
import { nodeThreads } from '~/lab/cpu/node-threads';
import { run } from './support';

describe('runProgram', () => {
  it('runs TypeScript with imports and top-level await', async () => {
    const { outcome, logs } = await run(`
      import Redis from 'ioredis';
      interface User { id: number }
      const redis = new Redis();
      const user: User = { id: 1 };
      await redis.set('user:1', JSON.stringify(user));
      console.log(await redis.get('user:1'));
    `);
    expect(outcome).toMatchObject({ ok: true });
    expect(logs).toEqual(['{"id":1}']);
    expect(outcome.simulatedMs).toBe(1);
  });

  it('ten parallel fetches take one latency; ten sequential take ten', async () => {
    const parallel = await run(`await Promise.all(Array.from({ length: 10 }, () => fetch('https://api1.com/data')));`);
    expect(parallel.outcome.simulatedMs).toBe(crossDcRoundTripMs);
    const sequential = await run(`for (let i = 0; i < 10; i++) await fetch('https://api1.com/data');`);
    expect(sequential.outcome.simulatedMs).toBe(10 * crossDcRoundTripMs);
  });

  it('keeps running timers scheduled without await after the program body ends, as Node does', async () => {
    const { outcome, logs } = await run(`
      setTimeout(() => console.log('later', performance.now()), 5000);
      console.log('body done', performance.now());
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual(['body done 0', 'later 5000']);
    expect(outcome.simulatedMs).toBe(5_000);
  });

  it('is deterministic: the same program prints the same output every run', async () => {
    const program = `
      import { db } from '@lab/db';
      const t0 = performance.now();
      const rows = await Promise.all([db.user.findMany({ take: 3 }), fetch('https://api2.com/data').then((r) => r.json())]);
      console.log(JSON.stringify(rows), performance.now() - t0, new Date().toISOString());
    `;
    const a = await run(program);
    const b = await run(program);
    expect(a.logs).toEqual(b.logs);
    expect(a.outcome.simulatedMs).toBe(b.outcome.simulatedMs);
  });

  it('reports a compile error with its line and column', async () => {
    const { outcome } = await run(`const a = 1;\nconst b = ;\n`);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatchObject({ phase: 'compile', line: 2, column: 11 });
    expect(outcome.error?.message).toBe('Unexpected token');
  });

  it('reports a runtime error at the line of the TypeScript source', async () => {
    const { outcome } = await run(`import Redis from 'ioredis';\nconst x: number = 1;\n\n\nthrow new RangeError('boom ' + x);\n`);
    expect(outcome.error).toMatchObject({ phase: 'runtime', message: 'RangeError: boom 1', line: 5 });
  });

  it('marks a thrown value that is not an error as uncaught, inspected as Node shows it', async () => {
    const { outcome } = await run(`console.log('a');\nthrow { code: 42 };\n`);
    expect(outcome.error).toMatchObject({ phase: 'runtime', message: 'Uncaught { code: 42 }' });
  });

  it('measures the wrapper once, so any stack of the program maps to its source line (as the Worker maps rejections)', async () => {
    let stack: string | undefined;
    const quiet = () => {};
    const program = `import Redis from 'ioredis';\n\nconst made = new Error('where');\nconsole.log(made);\n`;
    await runProgram(program, 'mapped.ts', {
      console: {
        log: (e) => (stack = e instanceof Error ? e.stack : undefined),
        info: quiet,
        warn: quiet,
        error: quiet,
        debug: quiet,
        table: quiet,
      },
      report: quiet,
      locale: 'en',
      cpu: nodeThreads,
    });
    const offset = await wrapperLineOffset();
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(frameLocation(stack, 'mapped.ts')!.line - offset!).toBe(3);
    expect(wrapperLineOffset()).toBe(wrapperLineOffset());
  });

  it('reports an error thrown inside a timer callback, with its line', async () => {
    const { outcome, logs } = await run(`console.log('a');\nsetTimeout(() => {\n  null.x;\n}, 10);\n`);
    expect(logs).toEqual(['a']);
    expect(outcome.error).toMatchObject({ phase: 'runtime', line: 3 });
    expect(outcome.error?.message).toMatch(/^TypeError: Cannot read properties of null/);
  });

  it('reports a rejected lab call (a Redis error) at the awaiting line', async () => {
    const { outcome } = await run(
      `import Redis from 'ioredis';\nconst r = new Redis();\nawait r.set('s', 'v');\nawait r.hget('s', 'f');\n`,
    );
    expect(outcome.error).toMatchObject({
      message: 'ReplyError: WRONGTYPE Operation against a key holding the wrong kind of value',
      line: 4,
    });
  });

  it('names an unknown import and lists the available modules', async () => {
    const { outcome } = await run(`import express from 'express';\nconsole.log(express);\n`);
    expect(outcome.error?.message).toContain("Module 'express' does not exist in the lab.");
    expect(outcome.error?.message).toContain('ioredis, @lab/redis, @lab/db, @lab/http, @lab/cpu, @lab/clock');
    expect(outcome.error?.line).toBe(1);
  });

  it('stops a program waiting on something that can never happen', async () => {
    const { outcome } = await run(`await new Promise(() => {});\nconsole.log('never');`);
    expect(outcome.error?.message).toMatch(/^The program is waiting for something that can never happen/);
  });

  it('stops a timer that never stops', async () => {
    const { outcome } = await run(`setInterval(() => {}, 1);`);
    expect(outcome.error?.message).toBe(
      `More than ${MAX_TIMER_FIRINGS.toLocaleString('en')} timers fired: some timer (a setInterval never cleared?) never stops.`,
    );
    // Firing that many timers takes a couple of seconds of real CPU; give a loaded machine room.
  }, 30_000);

  it('lets a program advance the clock an hour and see a TTL expire', async () => {
    const { outcome, logs } = await run(`
      import Redis from 'ioredis';
      import { advance } from '@lab/clock';
      const redis = new Redis();
      await redis.setex('user:1', 3600, 'cached');
      await advance(3_599_000);
      console.log(await redis.get('user:1'));
      await advance(1_000);
      console.log(await redis.get('user:1'));
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual(['cached', 'null']);
  });

  it('reports the lab parts a program used, in its locale', async () => {
    const program = `
      import Redis from 'ioredis';
      import { db } from '@lab/db';
      const r = new Redis();
      await r.get('miss');
      await r.set('k', 'v');
      await r.get('k');
      await db.post.findMany({ where: { userId: 1 } });
    `;
    const en = await run(program, 'en');
    expect(en.reports.map((r) => r.title)).toEqual(['Redis', 'Database']);
    expect(en.reports[0]!.lines).toContain('key reads: 1 hit, 1 miss (hit rate 50%)');
    expect(en.reports[1]!.lines[1]).toBe('1 full scan (Seq Scan), 0 index lookups');
    const pt = await run(program, 'pt-BR');
    expect(pt.reports.map((r) => r.title)).toEqual(['Redis', 'Banco de dados']);
    expect(pt.reports[0]!.lines).toContain('leituras de chave: 1 acerto (hit), 1 miss (taxa de acerto 50%)');
  });

  it('shadows process and gives Date and performance on the virtual clock', async () => {
    const { logs } = await run(`
      console.log(typeof process);
      const t0 = Date.now();
      await new Promise((r) => setTimeout(r, 250));
      console.log(Date.now() - t0, performance.now());
    `);
    expect(logs).toEqual(['undefined', '250 250']);
  });

  it('waits for real CPU work without moving virtual time', async () => {
    const { outcome, logs } = await run(`
      import { cores, createPool } from '@lab/cpu';
      const pool = createPool({ size: Math.min(2, cores) });
      function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
      const results = await pool.map(function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }, [20, 21, 22]);
      console.log(results.join(','), fib(10), performance.now());
      pool.close();
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual(['6765,10946,17711 55 0']);
  });
});
