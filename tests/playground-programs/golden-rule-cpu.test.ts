import { describe, expect, it } from 'vitest';
import { nodeThreads } from '~/lab/cpu/node-threads';
import type { CpuThreads } from '~/lab/cpu/threads';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { cpuReport } from './support/lab-records';
import { printedLine, printedNumbers, type Label } from './support/labels';

/**
 * The cores the lab reports to the program. Node's real threads still do the work, but the
 * machine's core count no longer decides what is checked: the pool's size and its going wider
 * than one thread hold on every machine.
 */
const CORES = 4;
const fourCores: CpuThreads = { cores: CORES, spawn: () => nodeThreads.spawn() };

const CHUNKS = 8;

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

/** The printed lines this test reads: what each version computed. */
const labels = {
  /** [cores] the program was told it has. */
  cores: { 'pt-BR': /^Núcleos lógicos/, en: /^Logical cores/ },
  /** [limit, chunks] of the work. */
  work: { 'pt-BR': /^Tarefa:/, en: /^Work:/ },
  /** [primes, ms] on the main thread. */
  main: { 'pt-BR': /^Thread principal:/, en: /^Main thread:/ },
  /** [workers, primes, ms] on the pool. */
  pool: { 'pt-BR': /^Pool de \d+ workers:/, en: /^Pool of \d+ workers:/ },
  /** The program's chunk-by-chunk comparison, when every chunk agreed. */
  same: { 'pt-BR': /^Mesmos resultados por faixa: sim$/, en: /^Same results per chunk: yes$/ },
} satisfies Record<string, Label>;

describe('golden-rule-cpu', () => {
  for (const locale of locales) {
    // Real CPU work on four real threads: about 0.5 s on an idle two-core machine, several times
    // that when other work shares the cores, hence its own timeout.
    it(`${locale}: main thread and pool find the same primes, the pool on one thread per core (at most one per chunk)`, async () => {
      const run = await runPlayground('golden-rule-cpu', locale, { cpu: fourCores });
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      expect(printedNumbers(run, labels.cores)).toEqual([CORES]);
      const [limit, chunks] = printedNumbers(run, labels.work);
      expect(chunks).toBe(CHUNKS);
      const expected = primesBelow(limit!);
      expect(printedNumbers(run, labels.main)[0]).toBe(expected);
      const [poolSize, poolPrimes] = printedNumbers(run, labels.pool);
      expect(poolPrimes).toBe(expected);
      expect(printedLine(run, labels.same)).toBeDefined();

      // The lab's CPU report counts the threads the pool really started, and the tasks it ran
      // (a warm-up task per chunk, then the chunks).
      const cpu = cpuReport(run);
      expect(cpu.threads).toBe(poolSize);
      expect(cpu.threads).toBe(Math.min(CORES, CHUNKS));
      expect(cpu.threads).toBeGreaterThan(1);
      expect(cpu.tasks).toBe(2 * CHUNKS);
      // CPU work is real and takes no virtual time.
      expect(run.outcome.simulatedMs).toBe(0);
    }, 10_000);
  }
});
