import { compareMeasures, type MeasureSummary } from './compare';
import type { Trace } from './span';

/** Spans a run sends to the page: what the timeline draws at most (the rest are summarised). */
export const POSTED_SPAN_CAP = 5_000;

/**
 * A trace cut to its first `maxSpans` spans for sending, with the measure comparison computed
 * beforehand over every recorded span, so the counts stay true past the cut.
 */
export function capTrace(trace: Trace, maxSpans = POSTED_SPAN_CAP): { trace: Trace; comparison: MeasureSummary[] } {
  const comparison = compareMeasures(trace);
  if (trace.spans.length <= maxSpans) return { trace, comparison };
  const cut = trace.spans.length - maxSpans;
  return { trace: { ...trace, spans: trace.spans.slice(0, maxSpans), dropped: trace.dropped + cut }, comparison };
}
