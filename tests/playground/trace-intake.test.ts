import { describe, expect, it } from 'vitest';
import { PAGE_OUTPUT_LIMITS } from '~/playground/output-limits';
import { applyRunEvents, startOutput } from '~/playground/output-model';
import { acceptTrace } from '~/playground/trace-intake';

const span = (i: number) => ({ kind: 'http', label: `GET /${i}`, start: i, end: i + 2, lane: i % 2, details: { status: 200 } });

describe('acceptTrace', () => {
  it('keeps well-formed spans, measures and comparison rows', () => {
    const shown = acceptTrace({
      trace: {
        spans: [span(0)],
        dropped: 0,
        totals: { http: { count: 1, totalMs: 2, longestMs: 2 } },
        marks: [{ name: 'a', at: 0 }],
        measures: [{ name: 'm', start: 0, end: 2 }],
        endMs: 2,
      },
      comparison: [{ name: 'm', start: 0, end: 2, durationMs: 2, queries: 0, redis: 0, http: 1, spans: 1 }],
    });
    expect(shown?.trace.spans).toEqual([span(0)]);
    expect(shown?.trace.measures).toEqual([{ name: 'm', start: 0, end: 2 }]);
    expect(shown?.comparison[0]).toMatchObject({ name: 'm', http: 1 });
  });

  it('drops spans of no known shape, cuts long text and details, and counts spans past the cap as not shown', () => {
    const spans: unknown[] = Array.from({ length: PAGE_OUTPUT_LIMITS.traceSpans + 5 }, (_, i) => span(i));
    spans.push({ kind: 'rm -rf', start: 0, end: 1, lane: 0 }, { kind: 'http', start: 5, end: 1, lane: 0 }, null);
    (spans[0] as { label: string }).label = 'x'.repeat(10_000);
    (spans[1] as { details: Record<string, unknown> }).details = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const shown = acceptTrace({
      trace: { spans, dropped: 2, totals: 'no', marks: 'no', measures: [{ start: 3, end: 1 }], endMs: 9 },
      comparison: [{ name: 'bad' }],
    })!;
    expect(shown.trace.spans).toHaveLength(PAGE_OUTPUT_LIMITS.traceSpans);
    expect(shown.trace.dropped).toBe(2 + 5);
    expect(shown.trace.spans[0]!.label).toHaveLength(PAGE_OUTPUT_LIMITS.traceTextChars);
    expect(Object.keys(shown.trace.spans[1]!.details!)).toHaveLength(PAGE_OUTPUT_LIMITS.traceDetails);
    expect(shown.trace.measures).toEqual([]);
    expect(shown.trace.totals).toEqual({});
    expect(shown.comparison).toEqual([]);
  });

  it('is refused without a trace shape, and the output keeps the first trace of a run', () => {
    expect(acceptTrace({ trace: 'nope' })).toBeUndefined();
    const trace = { spans: [span(0)], dropped: 0, totals: {}, marks: [], measures: [], endMs: 2 };
    let state = applyRunEvents(startOutput(1), [{ type: 'trace', runId: 1, trace, comparison: [] } as never]);
    expect(state.trace?.trace.spans).toHaveLength(1);
    state = applyRunEvents(state, [{ type: 'trace', runId: 1, trace: { ...trace, spans: [] }, comparison: [] } as never]);
    expect(state.trace?.trace.spans).toHaveLength(1);
  });
});
