/**
 * Turns the requests of a finished load run into a load tester's figures. Everything comes from
 * each request's start, end and outcome, so the figures do not depend on the order the event
 * loop happened to process things in (a blocked loop answers late, not out of order).
 */
import { percentile, summarizeLatencies, type LatencySummary } from './percentiles';

/** How a request ended. */
export type Outcome = 'completed' | 'failed' | 'timedOut' | 'refused';

/** One request: when it was sent and answered (ms from the run's start) and how it ended. */
export interface RequestRecord {
  startMs: number;
  endMs: number;
  /** Kept apart from start and end, whose difference would carry float dust. */
  latencyMs: number;
  outcome: Outcome;
}

/** One virtual second of a run: what was sent, what ended in it (by outcome), its latency and load. */
interface LoadSecond {
  second: number;
  sent: number;
  completed: number;
  failed: number;
  timedOut: number;
  refused: number;
  /** Percentiles of the requests that ended in this second, in ms (0 when none did). */
  latency: { p50: number; p90: number; p99: number; max: number };
  inFlight: { mean: number; max: number };
}

/** What a load run returns to the program. */
export interface LoadResult {
  /** Requests sent, and how each ended. */
  sent: number;
  completed: number;
  failed: number;
  timedOut: number;
  refused: number;
  /** The arrival window (the `duration` asked for) and the time until the last answer, in ms. */
  durationMs: number;
  elapsedMs: number;
  /** Requests sent per virtual second of the arrival window: λ. */
  arrivalRate: number;
  /** Completed requests per virtual second, from the first arrival to the last answer. */
  throughput: number;
  /** Latency of every request (a timed-out one counts as the timeout), in ms. */
  latency: LatencySummary;
  /** Requests in flight, averaged over the arrival window and at their peak. */
  inFlight: { mean: number; max: number };
  /** The most frequent error messages and how often each was thrown. */
  errors: Record<string, number>;
  /** One entry per virtual second, from 0 until the last answer. */
  series: LoadSecond[];
}

/** Distinct error messages kept in a result: the rest are counted under the last ones seen. */
const ERROR_KINDS_KEPT = 10;

/**
 * In-flight count over time, by sweeping starts and ends in time order: its time-weighted mean
 * over [0, windowMs] and per second, and its peak overall and per second.
 */
function sweepInFlight(records: RequestRecord[], windowMs: number, seconds: number) {
  const starts = records.map((r) => r.startMs).sort((a, b) => a - b);
  const ends = records.map((r) => r.endMs).sort((a, b) => a - b);
  const area = new Float64Array(seconds);
  const peak = new Float64Array(seconds);
  let windowArea = 0;
  let maxAll = 0;
  let level = 0;
  let last = 0;
  // Adds `level` held from `last` to `t`, split over the seconds (and the arrival window) it spans.
  const hold = (t: number) => {
    let from = last;
    while (from < t) {
      const s = Math.min(Math.floor(from / 1000), seconds - 1);
      const to = Math.min(t, (s + 1) * 1000);
      area[s]! += level * (to - from);
      if (level > peak[s]!) peak[s] = level;
      if (from < windowMs) windowArea += level * (Math.min(to, windowMs) - from);
      if (to <= from) break;
      from = to;
    }
    last = Math.max(last, t);
  };
  let i = 0;
  let j = 0;
  while (i < starts.length || j < ends.length) {
    // An end at the same instant as a start goes first: a request answered in 0 ms never overlaps the next.
    const nextEnd = j < ends.length ? ends[j]! : Infinity;
    const nextStart = i < starts.length ? starts[i]! : Infinity;
    if (nextEnd <= nextStart) {
      hold(nextEnd);
      level--;
      j++;
    } else {
      hold(nextStart);
      level++;
      i++;
      if (level > maxAll) maxAll = level;
      const s = Math.min(Math.floor(nextStart / 1000), seconds - 1);
      if (level > peak[s]!) peak[s] = level;
    }
  }
  return { area, peak, windowMean: windowMs > 0 ? windowArea / windowMs : 0, max: maxAll };
}

/** The result of a run from its requests; `windowMs` is the arrival window (the `duration` asked for). */
export function measureRun(records: RequestRecord[], windowMs: number, errors: Map<string, number>): LoadResult {
  const count = (o: Outcome) => records.reduce((n, r) => n + (r.outcome === o ? 1 : 0), 0);
  const elapsedMs = records.reduce((m, r) => Math.max(m, r.endMs), 0);
  const seconds = Math.max(1, Math.ceil(Math.max(elapsedMs, windowMs) / 1000));
  const completed = count('completed');

  const series: LoadSecond[] = Array.from({ length: seconds }, (_, second) => ({
    second,
    sent: 0,
    completed: 0,
    failed: 0,
    timedOut: 0,
    refused: 0,
    latency: { p50: 0, p90: 0, p99: 0, max: 0 },
    inFlight: { mean: 0, max: 0 },
  }));
  const endedIn: number[][] = Array.from({ length: seconds }, () => []);
  const secondOf = (ms: number) => Math.min(Math.floor(ms / 1000), seconds - 1);
  for (const r of records) {
    series[secondOf(r.startMs)]!.sent++;
    const s = secondOf(r.endMs);
    series[s]![r.outcome]++;
    endedIn[s]!.push(r.latencyMs);
  }
  const flight = sweepInFlight(records, windowMs, seconds);
  for (const entry of series) {
    const sorted = Float64Array.from(endedIn[entry.second]!).sort();
    entry.latency = {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : 0,
    };
    const lengthMs = Math.min(1000, Math.max(elapsedMs, windowMs) - entry.second * 1000);
    entry.inFlight = { mean: lengthMs > 0 ? flight.area[entry.second]! / lengthMs : 0, max: flight.peak[entry.second]! };
  }

  const kept = [...errors].sort((a, b) => b[1] - a[1]).slice(0, ERROR_KINDS_KEPT);
  return {
    sent: records.length,
    completed,
    failed: count('failed'),
    timedOut: count('timedOut'),
    refused: count('refused'),
    durationMs: windowMs,
    elapsedMs,
    arrivalRate: windowMs > 0 ? records.length / (windowMs / 1000) : 0,
    throughput: elapsedMs > 0 ? completed / (elapsedMs / 1000) : 0,
    latency: summarizeLatencies(records.map((r) => r.latencyMs)),
    inFlight: { mean: flight.windowMean, max: flight.max },
    errors: Object.fromEntries(kept),
    series,
  };
}
