import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { run } from '../../runner/support';

const api1 = serviceRequestMs(serviceLatencies['api1.com']);

describe('blocking calls and the thread pool (@lab/blocking)', () => {
  it('a blocking call on the main thread stalls the event loop: timers fire late', async () => {
    const { logs, outcome } = await run(`
      import { fetchSync } from '@lab/blocking';
      setTimeout(() => console.log('timer due at 100 ran at', performance.now()), 100);
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push(fetchSync('https://api1.com/data').status);
      console.log(codes.join(','), performance.now());
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual([`200,200,200,200 ${4 * api1}`, `timer due at 100 ran at ${4 * api1}`]);
  });

  it('on a thread pool the same calls overlap, bounded by maxWorkers, and the loop stays free', async () => {
    const { logs } = await run(`
      import { fetchSync, createThreadPool } from '@lab/blocking';
      setTimeout(() => console.log('timer ran at', performance.now()), 100);
      const pool = createThreadPool({ maxWorkers: 5 });
      const urls = Array.from({ length: 10 }, () => 'https://api1.com/data');
      const bodies = await pool.map((u) => fetchSync(u).json(), urls);
      console.log(bodies.length, bodies[0].source, performance.now());
    `);
    expect(logs).toEqual(['timer ran at 100', `10 api1.com ${2 * api1}`]);
  });

  it('sleepSync blocks a pool thread; a task that throws rejects', async () => {
    const { logs, reports } = await run(`
      import { sleepSync, createThreadPool } from '@lab/blocking';
      const pool = createThreadPool({ maxWorkers: 2 });
      const results = await pool.map((ms) => { sleepSync(ms); return ms; }, [300, 100, 100]);
      const err = await pool.submit(() => { throw new Error('bad'); }).catch((e) => e.message);
      console.log(results.join(','), performance.now(), err);
    `);
    expect(logs).toEqual(['300,100,100 300 bad']);
    expect(reports.find((r) => r.title === 'Blocking calls')?.lines).toEqual(['event loop blocked for 0 ms; 4 tasks on the thread pool']);
  });
});
