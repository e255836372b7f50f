import { describe, expect, it } from 'vitest';
import { compareMeasures } from '~/lab/trace/compare';
import type { TraceSpan } from '~/lab/trace/span';

const span = (kind: TraceSpan['kind'], start: number, end: number): TraceSpan => ({ kind, label: kind, start, end, lane: 0 });

describe('compareMeasures', () => {
  it('counts the queries, Redis commands and HTTP calls wholly inside each measure', () => {
    const spans = [span('query', 0, 1), span('query', 1, 2), span('redis', 2, 3), span('http', 10, 20), span('http', 19, 40)];
    const rows = compareMeasures({
      spans,
      measures: [
        { name: 'bad', start: 0, end: 5 },
        { name: 'good', start: 10, end: 30 },
      ],
    });
    expect(rows).toEqual([
      { name: 'bad', start: 0, end: 5, durationMs: 5, queries: 2, redis: 1, http: 0, spans: 3 },
      { name: 'good', start: 10, end: 30, durationMs: 20, queries: 0, redis: 0, http: 1, spans: 1 },
    ]);
  });

  it('has nothing to compare with fewer than two measures', () => {
    expect(compareMeasures({ spans: [], measures: [{ name: 'only', start: 0, end: 1 }] })).toEqual([]);
  });
});
