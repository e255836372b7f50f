import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { blockingReport, httpStats } from './support/lab-records';
import { printedIndex, printedNumbers, type Label } from './support/labels';
import { numbersIn } from './support/printed';

const api = (host: 'api1.com' | 'api2.com' | 'api3.com') => serviceRequestMs(serviceLatencies[host]);
const three = [api('api1.com'), api('api2.com'), api('api3.com')];
const heartbeatMs = 50;
const THREADS = 5;
const MANY = 20;
const FETCHES = 100;

/** The printed lines this test reads: what the program measured in each phase. */
const labels = {
  /** [responses, ms] of the blocking calls on the event loop. */
  onLoop: { 'pt-BR': /^fetchSync no event loop:/, en: /^fetchSync on the event loop:/ },
  /** [threads, responses, ms] of the same calls on the thread pool. */
  onPool: { 'pt-BR': /^fetchSync num pool de 5 threads:/, en: /^fetchSync on a 5-thread pool:/ },
  /** [longest gap, gap due] between heartbeats, printed under each of the two phases above. */
  gap: { 'pt-BR': /^ {2}maior pausa do batimento:/, en: /^ {2}longest gap between heartbeats:/ },
  /** [calls, threads, ms] of 20 calls on the pool. */
  waves: { 'pt-BR': /^20 fetchSync em 5 threads:/, en: /^20 fetchSync on 5 threads:/ },
  /** [fetches, limit, most in flight, ms] with no real limit and with a limit of 10. */
  unlimited: { 'pt-BR': /^100 fetches, limite 100:/, en: /^100 fetches, limit 100:/ },
  limited: { 'pt-BR': /^100 fetches, limite 10:/, en: /^100 fetches, limit 10:/ },
} satisfies Record<string, Label>;

describe('golden-rule-blocking', () => {
  for (const locale of locales) {
    it(`${locale}: blocking calls stall the loop, a thread pool does not, and the limiter bounds calls in flight`, async () => {
      const run = await runPlayground('golden-rule-blocking', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      /** The heartbeat line printed right under a phase's line. */
      const gapUnder = (phase: Label) => {
        const line = run.lines[printedIndex(run, phase) + 1] ?? '';
        expect(line, describeRun(run)).toMatch(labels.gap[locale]);
        return numbersIn(line, locale);
      };

      // On the event loop: the three calls add up, and the heartbeat waits for all of them.
      const sum = three.reduce((a, b) => a + b, 0);
      expect(printedNumbers(run, labels.onLoop)).toEqual([3, sum]);
      const [blockedGap] = gapUnder(labels.onLoop);
      expect(blockedGap).toBeGreaterThanOrEqual(sum);

      // On the thread pool: the slowest call, and the heartbeat keeps its beat.
      expect(printedNumbers(run, labels.onPool)).toEqual([THREADS, 3, Math.max(...three)]);
      const [pooledGap, due] = gapUnder(labels.onPool);
      expect(due).toBe(heartbeatMs);
      expect(pooledGap).toBe(heartbeatMs);

      // The lab counted the event loop blocked for exactly the blocking calls made on it, and
      // every call sent to the thread pool (3, then 20) as a task there.
      expect(blockingReport(run)).toEqual({ mainThreadBlockedMs: sum, tasks: 3 + MANY });

      // 20 calls on 5 threads: 4 waves.
      expect(printedNumbers(run, labels.waves)).toEqual([MANY, THREADS, (MANY / THREADS) * api('api1.com')]);

      // No limit: all 100 in flight, one latency. Limit 10: never more than 10, ten waves.
      expect(printedNumbers(run, labels.unlimited)).toEqual([FETCHES, 100, 100, api('api1.com')]);
      const [, limit, maxInFlight, limitedMs] = printedNumbers(run, labels.limited);
      expect(limit).toBe(10);
      expect(maxInFlight).toBeLessThanOrEqual(limit!);
      expect(maxInFlight).toBe(limit);
      expect(limitedMs).toBe((FETCHES / limit!) * api('api1.com'));

      // Every call reached its service and got an answer: the three APIs once per phase of three,
      // api1 also for the 20 pool calls and both rounds of 100 fetches.
      expect(httpStats(run)).toEqual({
        'https://api1.com': { requests: 2 + MANY + 2 * FETCHES, statuses: { 200: 2 + MANY + 2 * FETCHES } },
        'https://api2.com': { requests: 2, statuses: { 200: 2 } },
        'https://api3.com': { requests: 2, statuses: { 200: 2 } },
      });
    });
  }
});
