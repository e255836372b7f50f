/**
 * The comparison of a run's measures: each phase's duration with the lab work inside it, so
 * "N+1: 101 queries, 52 ms" and "include: 1 query, 1 ms" read side by side.
 */
import type { SpanKind, Trace, TraceMeasure, TraceSpan } from './span';

/** One measure's row of the comparison. */
export interface MeasureSummary {
  name: string;
  start: number;
  end: number;
  durationMs: number;
  queries: number;
  redis: number;
  http: number;
  /** Every span inside, of any kind. */
  spans: number;
}

/** Spans that ran wholly inside a window (an instant on its edge counts). */
function spansWithin(spans: readonly TraceSpan[], start: number, end: number): TraceSpan[] {
  return spans.filter((s) => s.start >= start && s.end <= end);
}

function countKind(spans: readonly TraceSpan[], kind: SpanKind): number {
  let n = 0;
  for (const s of spans) if (s.kind === kind) n++;
  return n;
}

/** One measure's duration and the queries, Redis commands and HTTP requests inside it. */
function summarizeMeasure(trace: Pick<Trace, 'spans'>, m: TraceMeasure): MeasureSummary {
  const inside = spansWithin(trace.spans, m.start, m.end);
  return {
    name: m.name,
    start: m.start,
    end: m.end,
    durationMs: m.end - m.start,
    queries: countKind(inside, 'query'),
    redis: countKind(inside, 'redis'),
    http: countKind(inside, 'http'),
    spans: inside.length,
  };
}

/** The comparison rows, one per measure in the order the program made them; empty below two measures. */
export function compareMeasures(trace: Pick<Trace, 'spans' | 'measures'>): MeasureSummary[] {
  return trace.measures.length < 2 ? [] : trace.measures.map((m) => summarizeMeasure(trace, m));
}
