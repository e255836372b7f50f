import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { describeRun, locales, reportLines, runPlayground } from './support/run-playground';
import { numbersOf } from './support/printed';

const latency = (host: keyof typeof serviceLatencies) => serviceRequestMs(serviceLatencies[host]);
const apis = ['api1.com', 'api2.com', 'api3.com'] as const;

describe('external-apis', () => {
  for (const locale of locales) {
    it(`${locale}: sequential costs the sum, Promise.all the slowest, timeouts and failures are handled`, async () => {
      const run = await runPlayground('external-apis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const each = apis.map(latency);

      expect(numbersOf(run, /^(Sequential|Sequencial):/)).toEqual([3, each.reduce((a, b) => a + b, 0)]);
      expect(numbersOf(run, /^Promise\.all:/)).toEqual([3, Math.max(...each)]);

      // With a budget, Promise.all loses everything; allSettled keeps the calls that fit in it.
      expect(run.lines.some((l) => /^Promise\.all \+ timeout: (all lost|tudo perdido)/.test(l))).toBe(true);
      const [budget] = numbersOf(run, /^Promise\.allSettled \+ timeout/);
      expect(run.tables).toHaveLength(1);
      const parts = run.tables[0] as { source: string; ok: boolean; error: string }[];
      expect(parts.map((p) => [p.source, p.ok])).toEqual(apis.map((h) => [h, latency(h) <= budget!]));
      expect(parts.filter((p) => !p.ok).length).toBeGreaterThan(0);
      expect(parts.every((p) => p.ok === (p.error === ''))).toBe(true);

      // 50 users at once: one slowest-call latency for all of them, failures inside the responses.
      const [users, responses, tookMs] = numbersOf(run, /^50 (requests at once|requisições juntas):/);
      expect(users).toBe(50);
      expect(responses).toBe(50);
      expect(tookMs).toBe(Math.max(latency('api1.com'), latency('api2.com'), latency('flaky.example')));

      const flaky = reportLines(run, 'HTTP')!.find((l) => l.startsWith('https://flaky.example'))!;
      const statuses = Object.fromEntries([...flaky.matchAll(/(\w+) ×(\d+)/g)].map((m) => [m[1], Number(m[2])]));
      expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(50);
      const errors = run.calls.at(-1)!.args[1] as Record<string, number>;
      const failedInResponses = Object.values(errors).reduce((a, b) => a + b, 0);
      expect(failedInResponses).toBe(50 - (statuses['200'] ?? 0));
      expect(statuses['503']).toBeGreaterThan(0);
      expect(statuses['reset']).toBeGreaterThan(0);
      expect(errors['fetch failed']).toBe(statuses['reset']);
    });
  }
});
