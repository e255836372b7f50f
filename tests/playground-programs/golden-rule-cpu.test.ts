import { describe, expect, it } from 'vitest';
import { nodeThreads } from '~/lab/cpu/node-threads';
import { describeRun, locales, reportLines, runPlayground } from './support/run-playground';
import { numbersIn, numbersOf } from './support/printed';

/** Primes below n by a sieve: an independent check of both versions' answers. */
function primesBelow(n: number): number {
  const composite = new Uint8Array(n);
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  return count;
}

describe('golden-rule-cpu', () => {
  for (const locale of locales) {
    it(`${locale}: main thread and pool find the same primes, the pool on more than one thread where cores allow`, async () => {
      const run = await runPlayground('golden-rule-cpu', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      const [cores] = numbersOf(run, /^(Logical cores|Núcleos lógicos)/);
      expect(cores).toBe(nodeThreads.cores);
      const [limit] = numbersOf(run, /^(Work|Tarefa):/);
      const expected = primesBelow(limit!);
      expect(numbersOf(run, /^(Main thread|Thread principal):/)[0]).toBe(expected);
      const [poolSize, poolPrimes] = numbersOf(run, /^Pool (of|de) \d+ threads:/);
      expect(poolPrimes).toBe(expected);
      expect(run.lines).toContain(locale === 'en' ? 'Same results per chunk: yes' : 'Mesmos resultados por faixa: sim');

      // The lab's CPU report counts the threads the pool really started.
      const cpu = reportLines(run, locale === 'en' ? 'CPU pool' : 'Pool de CPU');
      expect(cpu, describeRun(run)).toBeDefined();
      const [, threads] = numbersIn(cpu![0]!, locale);
      expect(threads).toBe(poolSize);
      expect(threads).toBe(Math.min(nodeThreads.cores, 8));
      if (nodeThreads.cores > 1) expect(threads).toBeGreaterThan(1);
      // CPU work is real and takes no virtual time.
      expect(run.outcome.simulatedMs).toBe(0);
    });
  }
});
