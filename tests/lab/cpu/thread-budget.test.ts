import { describe, expect, it } from 'vitest';
import { RealWork } from '~/lab/clock/real-work';
import { CpuPool, ThreadBudget } from '~/lab/cpu/pool';
import type { CpuThreads } from '~/lab/cpu/threads';
import { labText } from '~/lab/messages';

/** Threads that count how many were started and answer every task with its first argument. */
function fakeThreads(cores: number) {
  const started = { count: 0, terminated: 0 };
  const threads: CpuThreads = {
    cores,
    spawn() {
      started.count++;
      return {
        run: async (_source, args) => ({ ok: true, value: args[0], realMs: 0 }),
        terminate: () => void started.terminated++,
      };
    },
  };
  return { threads, started };
}

function makePool(threads: CpuThreads, budget: ThreadBudget, size?: number, locale: 'en' | 'pt-BR' = 'en') {
  return new CpuPool(threads, new RealWork(), labText[locale], { tasks: 0, threads: 0, realMs: 0 }, { size }, budget);
}

describe('CPU thread budget', () => {
  it('refuses a pool larger than the cores, with a sentence in each language, and starts no thread', () => {
    const { threads, started } = fakeThreads(4);
    const budget = new ThreadBudget(threads.cores);
    expect(() => makePool(threads, budget, 1000)).toThrow(RangeError);
    expect(() => makePool(threads, budget, 1000)).toThrow(
      'createPool({ size: 1000 }): the lab allows at most 4 CPU threads at once, one per logical core of this machine.',
    );
    expect(() => makePool(threads, budget, 5, 'pt-BR')).toThrow(/^createPool\(\{ size: 5 \}\): o laboratório permite no máximo 4 threads/);
    expect(started.count).toBe(0);
  });

  it('counts the threads of every open pool and gives them back on close', async () => {
    const { threads, started } = fakeThreads(4);
    const budget = new ThreadBudget(threads.cores);
    const first = makePool(threads, budget, 3);
    expect(() => makePool(threads, budget, 2)).toThrow('and the open pools already use 3; close one with pool.close() first.');
    first.close();
    first.close(); // closing twice gives nothing back twice
    const second = makePool(threads, budget, 4);
    expect(await second.map((n: number) => n, [1, 2, 3, 4, 5, 6])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(started.count).toBe(4);
    expect(() => makePool(threads, budget, 1)).toThrow(RangeError);
    second.close();
    expect(started.terminated).toBe(4);
  });

  it('a pool with no size takes one thread per core; an odd core count still allows one', () => {
    const { threads } = fakeThreads(2);
    expect(makePool(threads, new ThreadBudget(2)).size).toBe(2);
    expect(new ThreadBudget(Number.NaN).max).toBe(1);
    expect(new ThreadBudget(0).max).toBe(1);
  });
});
