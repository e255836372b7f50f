/**
 * Lessons read from the run's trace, not from its printed text: what the timeline draws must
 * tell the same story (calls one after another or overlapping, 1 + N queries, a connection per
 * request or a pool).
 */
import { describe, expect, it } from 'vitest';
import type { TraceSpan } from '~/lab/trace/span';
import { describeRun, locales, runPlayground } from './support/run-playground';

const overlap = (a: TraceSpan, b: TraceSpan) => a.start < b.end && b.start < a.end;
const inside = (spans: readonly TraceSpan[], m: { start: number; end: number }, kind: TraceSpan['kind']) =>
  spans.filter((s) => s.kind === kind && s.start >= m.start && s.end <= m.end);

describe('lessons in the trace', () => {
  for (const locale of locales) {
    it(`${locale}: external-apis: sequential calls never overlap and share one lane; Promise.all's overlap on three`, async () => {
      const run = await runPlayground('external-apis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      const [sequential, all] = trace.measures;
      const seq = inside(trace.spans, sequential!, 'http');
      expect(seq).toHaveLength(3);
      expect(seq.some((a, i) => seq.some((b, j) => i !== j && overlap(a, b)))).toBe(false);
      expect(new Set(seq.map((s) => s.lane)).size).toBe(1);
      const par = inside(trace.spans, all!, 'http');
      expect(par).toHaveLength(3);
      expect(par.every((a, i) => par.every((b, j) => i === j || overlap(a, b)))).toBe(true);
      expect(new Set(par.map((s) => s.lane)).size).toBe(3);
    });

    it(`${locale}: n-plus-one: the N+1 measure holds 1 + 50 queries, each eager one a single query or two`, async () => {
      const run = await runPlayground('n-plus-one', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      expect(trace.measures.map((m) => inside(trace.spans, m, 'query').length)).toEqual([51, 1, 2]);
    });

    it(`${locale}: connection-pooling: a set-up per request without a pool, none past the pool's size with one`, async () => {
      const run = await runPlayground('connection-pooling', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      const [fresh, pooled, pinged] = trace.measures.map((m) => inside(trace.spans, m, 'connect').length);
      expect(fresh).toBe(100);
      expect(pooled).toBeLessThanOrEqual(20);
      expect(pinged).toBeLessThanOrEqual(20);
    });

    it(`${locale}: async-handler: one at a time runs its queries on one lane; all together they overlap and wait for the pool`, async () => {
      const run = await runPlayground('async-handler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      const [serial, together] = trace.measures;
      const lanes = (m: { start: number; end: number }) => new Set(inside(trace.spans, m, 'query').map((s) => s.lane)).size;
      expect(lanes(serial!)).toBe(1);
      expect(lanes(together!)).toBeGreaterThan(1);
      expect(inside(trace.spans, serial!, 'pool-wait')).toHaveLength(0);
      expect(inside(trace.spans, together!, 'pool-wait').length).toBeGreaterThan(0);
    });

    it(`${locale}: cache-aside: each "with cache" phase sends fewer queries than its "without" and reads Redis`, async () => {
      const run = await runPlayground('cache-aside', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      expect(trace.measures).toHaveLength(4);
      for (const [without, withCache] of [trace.measures.slice(0, 2), trace.measures.slice(2, 4)]) {
        expect(inside(trace.spans, withCache!, 'query').length).toBeLessThan(inside(trace.spans, without!, 'query').length);
        expect(inside(trace.spans, without!, 'redis')).toHaveLength(0);
        expect(inside(trace.spans, withCache!, 'redis').length).toBeGreaterThan(0);
      }
    });

    it(`${locale}: golden-rule-blocking: blocking calls run one after another on the loop; on a thread pool they overlap`, async () => {
      const run = await runPlayground('golden-rule-blocking', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      const [loop, pool] = trace.measures;
      const onLoop = inside(trace.spans, loop!, 'blocking');
      expect(onLoop).toHaveLength(3);
      expect(new Set(onLoop.map((s) => s.lane)).size).toBe(1);
      expect(inside(trace.spans, loop!, 'thread-pool')).toHaveLength(0);
      const onThreads = inside(trace.spans, pool!, 'thread-pool');
      expect(onThreads).toHaveLength(3);
      expect(new Set(onThreads.map((s) => s.lane)).size).toBe(3);
      expect(inside(trace.spans, pool!, 'blocking')).toHaveLength(0);
    });

    it(`${locale}: pagination: the OFFSET page's one query reads every skipped row, the cursor's only the page`, async () => {
      const run = await runPlayground('pagination', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const trace = run.outcome.trace!;
      const [offset, cursor] = trace.measures.map((m) => inside(trace.spans, m, 'query'));
      expect(offset!.map((s) => s.details?.rowsRead)).toEqual([10_020]);
      expect(cursor!.map((s) => s.details?.rowsRead)).toEqual([20]);
      expect(cursor![0]!.details?.index).toBeDefined();
    });
  }
});
