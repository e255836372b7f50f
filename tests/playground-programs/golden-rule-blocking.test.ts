import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { describeRun, locales, reportLines, runPlayground } from './support/run-playground';
import { numbersIn, numbersOf } from './support/printed';

const api = (host: 'api1.com' | 'api2.com' | 'api3.com') => serviceRequestMs(serviceLatencies[host]);
const three = [api('api1.com'), api('api2.com'), api('api3.com')];
const heartbeatMs = 50;

describe('golden-rule-blocking', () => {
  for (const locale of locales) {
    it(`${locale}: blocking calls stall the loop, a thread pool does not, and the limiter bounds calls in flight`, async () => {
      const run = await runPlayground('golden-rule-blocking', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const at = (pattern: RegExp) => run.lines.findIndex((l) => pattern.test(l));

      // On the event loop: the three calls add up, and the heartbeat waits for all of them.
      const blocked = at(/^fetchSync (on the|no) event loop:/);
      const sum = three.reduce((a, b) => a + b, 0);
      expect(numbersIn(run.lines[blocked]!, locale)).toEqual([3, sum]);
      const [blockedGap] = numbersIn(run.lines[blocked + 1]!, locale);
      expect(blockedGap).toBeGreaterThanOrEqual(sum);

      // On the thread pool: the slowest call, and the heartbeat keeps its beat.
      const pooled = at(/^fetchSync (on a|num pool de) 5/);
      expect(numbersIn(run.lines[pooled]!, locale)).toEqual([5, 3, Math.max(...three)]);
      const [pooledGap, due] = numbersIn(run.lines[pooled + 1]!, locale);
      expect(due).toBe(heartbeatMs);
      expect(pooledGap).toBe(heartbeatMs);

      // The lab counted the event loop blocked for exactly the blocking calls made on it.
      const blocking = reportLines(run, locale === 'en' ? 'Blocking calls' : 'Chamadas bloqueantes');
      expect(numbersIn(blocking![0]!, locale)[0]).toBe(sum);

      // 20 calls on 5 threads: 4 waves.
      expect(numbersOf(run, /^20 fetchSync/)).toEqual([20, 5, 4 * api('api1.com')]);

      // No limit: all 100 in flight, one latency. Limit 10: never more than 10, ten waves.
      expect(numbersOf(run, /limite? 100:/)).toEqual([100, 100, 100, api('api1.com')]);
      const [, limit, maxInFlight, limitedMs] = numbersOf(run, /limite? 10:/);
      expect(limit).toBe(10);
      expect(maxInFlight).toBeLessThanOrEqual(limit!);
      expect(maxInFlight).toBe(limit);
      expect(limitedMs).toBe((100 / limit!) * api('api1.com'));
    });
  }
});
