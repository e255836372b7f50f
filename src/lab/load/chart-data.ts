/**
 * A load run reduced to what the output panel charts: per virtual second, the arrivals, the
 * outcomes and the latency percentiles, plus the run's figures for Little's law. Plain numbers
 * and strings, so it crosses from the Worker to the page as a structured event.
 */
import type { LoadResult } from './measure';
import { littlesLaw } from './summary';

/** One virtual second of a charted run. Latencies in ms, of the requests that ended in it. */
export interface LoadChartSecond {
  sent: number;
  completed: number;
  failed: number;
  timedOut: number;
  refused: number;
  p50: number;
  p90: number;
  p99: number;
  /** Mean requests in flight during the second. */
  inFlight: number;
}

/** One charted run. */
export interface LoadChartRun {
  label: string;
  /** λ: requests sent per virtual second of the arrival window. */
  arrivalRate: number;
  /** W: mean latency, in ms. */
  latencyMeanMs: number;
  /** L: mean requests in flight over the arrival window. */
  inFlightMean: number;
  /** λ × W, in requests: what Little's law predicts L to be. */
  predictedInFlight: number;
  /** Seconds the run lasted; `seconds` holds the first `LOAD_CHART_SECONDS` of them. */
  totalSeconds: number;
  seconds: LoadChartSecond[];
}

/** Runs one chart event carries; a program running more gets the first ones charted. */
export const LOAD_CHART_RUNS = 10;
/** Seconds charted per run: past two minutes the bars would be thinner than a pixel on a phone. */
export const LOAD_CHART_SECONDS = 120;
/** Characters of a run's label. */
export const LOAD_LABEL_CHARS = 80;

/** The chart's view of a finished run. */
export function chartRun(result: LoadResult, label: string): LoadChartRun {
  const law = littlesLaw(result);
  return {
    label: label.slice(0, LOAD_LABEL_CHARS),
    arrivalRate: result.arrivalRate,
    latencyMeanMs: result.latency.mean,
    inFlightMean: law.measured,
    predictedInFlight: law.predicted,
    totalSeconds: result.series.length,
    seconds: result.series.slice(0, LOAD_CHART_SECONDS).map((s) => ({
      sent: s.sent,
      completed: s.completed,
      failed: s.failed,
      timedOut: s.timedOut,
      refused: s.refused,
      p50: s.latency.p50,
      p90: s.latency.p90,
      p99: s.latency.p99,
      inFlight: s.inFlight.mean,
    })),
  };
}
