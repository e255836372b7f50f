import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { httpStats } from './support/lab-records';
import { printedLine, printedNumbers, type Label } from './support/labels';

const latency = (host: keyof typeof serviceLatencies) => serviceRequestMs(serviceLatencies[host]);
const apis = ['api1.com', 'api2.com', 'api3.com'] as const;
const USERS = 50;

/** The printed lines this test reads: how long each way of calling took, as the program timed it. */
const labels = {
  /** [responses, ms] of each way. */
  sequential: { 'pt-BR': /^Sequencial:/, en: /^Sequential:/ },
  all: { 'pt-BR': /^Promise\.all:/, en: /^Promise\.all:/ },
  /** Promise.all with a budget: everything lost. */
  allLost: { 'pt-BR': /^Promise\.all \+ timeout: tudo perdido/, en: /^Promise\.all \+ timeout: all lost/ },
  /** [budget ms] of Promise.allSettled, whose table follows. */
  allSettled: { 'pt-BR': /^Promise\.allSettled \+ timeout/, en: /^Promise\.allSettled \+ timeout/ },
  /** [users, responses, ms] of the 50 requests at once. */
  fifty: { 'pt-BR': /^50 requisições juntas:/, en: /^50 requests at once:/ },
} satisfies Record<string, Label>;

describe('external-apis', () => {
  for (const locale of locales) {
    it(`${locale}: sequential costs the sum, Promise.all the slowest, timeouts and failures are handled`, async () => {
      const run = await runPlayground('external-apis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const each = apis.map(latency);

      expect(printedNumbers(run, labels.sequential)).toEqual([3, each.reduce((a, b) => a + b, 0)]);
      expect(printedNumbers(run, labels.all)).toEqual([3, Math.max(...each)]);

      // With a budget, Promise.all loses everything; allSettled keeps the calls that fit in it.
      expect(printedLine(run, labels.allLost)).toBeDefined();
      const [budget] = printedNumbers(run, labels.allSettled);
      expect(run.tables).toHaveLength(1);
      const parts = run.tables[0] as { source: string; ok: boolean; error: string }[];
      expect(parts.map((p) => [p.source, p.ok])).toEqual(apis.map((h) => [h, latency(h) <= budget!]));
      expect(parts.filter((p) => !p.ok).length).toBeGreaterThan(0);
      expect(parts.every((p) => p.ok === (p.error === ''))).toBe(true);

      // What the services answered: each API twice without a budget, twice more with one unless
      // the budget aborted it first (an aborted call gets no response), and api1 and api2 once
      // more per user.
      const stats = httpStats(run);
      for (const host of apis) {
        const budgeted = latency(host) <= budget! ? 2 : 0;
        const perUser = host === 'api3.com' ? 0 : USERS;
        expect(stats[`https://${host}`], host).toEqual({ requests: 2 + budgeted + perUser, statuses: { 200: 2 + budgeted + perUser } });
      }

      // 50 users at once: one slowest-call latency for all of them, failures inside the responses.
      const [users, responses, tookMs] = printedNumbers(run, labels.fifty);
      expect(users).toBe(USERS);
      expect(responses).toBe(USERS);
      expect(tookMs).toBe(Math.max(latency('api1.com'), latency('api2.com'), latency('flaky.example')));

      const flaky = stats['https://flaky.example']!;
      expect(flaky.requests).toBe(USERS);
      const statuses = flaky.statuses;
      expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(USERS);
      const errors = run.calls.at(-1)!.args[1] as Record<string, number>;
      const failedInResponses = Object.values(errors).reduce((a, b) => a + b, 0);
      expect(failedInResponses).toBe(USERS - (statuses['200'] ?? 0));
      expect(statuses['503']).toBeGreaterThan(0);
      expect(statuses['reset']).toBeGreaterThan(0);
      expect(errors['fetch failed']).toBe(statuses['reset']);
    });
  }
});
