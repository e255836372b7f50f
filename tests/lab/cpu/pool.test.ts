import { afterEach, describe, expect, it } from 'vitest';
import { RealWork } from '~/lab/clock/real-work';
import { nodeThreads } from '~/lab/cpu/node-threads';
import { CpuPool } from '~/lab/cpu/pool';
import type { CpuThreads } from '~/lab/cpu/threads';
import { labText } from '~/lab/messages';

const pools: CpuPool[] = [];
function pool(size: number, threads: CpuThreads = nodeThreads) {
  const stats = { tasks: 0, threads: 0, realMs: 0 };
  const p = new CpuPool(threads, new RealWork(), labText.en, stats, { size });
  pools.push(p);
  return { p, stats };
}
afterEach(() => pools.splice(0).forEach((p) => p.close()));

describe('CPU pool on real threads (worker_threads)', () => {
  it('maps a self-contained function over items in order, on at most `size` threads', async () => {
    const { p, stats } = pool(2);
    const squares = await p.map((n: number) => n * n, [1, 2, 3, 4, 5]);
    expect(squares).toEqual([1, 4, 9, 16, 25]);
    expect(stats).toMatchObject({ tasks: 5, threads: 2 });
  });

  it('runs async functions and method shorthand', async () => {
    const { p } = pool(1);
    const obj = {
      double(n: number) {
        return n * 2;
      },
    };
    expect(await p.run(obj.double, 21)).toBe(42);
    expect(await p.run(async (s: string) => s.toUpperCase(), 'ok')).toBe('OK');
  });

  it('explains that a function closing over outside variables cannot be sent', async () => {
    const { p } = pool(1);
    const factor = 3;
    const err = await p.run((n: number) => n * factor, 2).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^The function sent to the pool must be self-contained/);
    expect((err as Error).message).toContain('factor is not defined');
  });

  it('passes on errors thrown on the thread', async () => {
    const { p } = pool(1);
    await expect(
      p.run(() => {
        throw new RangeError('too big');
      }),
    ).rejects.toMatchObject({ name: 'RangeError', message: 'too big' });
  });

  it('tracks in-flight work so the runner can wait for it', async () => {
    const realWork = new RealWork();
    const p = new CpuPool(nodeThreads, realWork, labText.en, { tasks: 0, threads: 0, realMs: 0 }, { size: 1 });
    pools.push(p);
    const task = p.run((n: number) => n + 1, 1);
    expect(realWork.pending).toBe(1);
    await task;
    await realWork.anySettled();
    expect(realWork.pending).toBe(0);
  });

  it('fails pending work when closed, and refuses new work', async () => {
    const { p } = pool(1);
    p.close();
    await expect(p.run((n: number) => n, 1)).rejects.toThrow('The pool is already closed.');
  });
});
