/**
 * The trace a run leaves: spans of lab work on the virtual clock, the program's User Timing
 * marks and measures, and totals per kind. Plain data (no classes, no DOM) so it posts from the
 * Worker to the page and serializes to a file as it is.
 */

/** What a span stands for; each kind belongs to one lab part. */
export type SpanKind = 'redis' | 'query' | 'pool-wait' | 'connect' | 'http' | 'timer' | 'blocking' | 'thread-pool' | 'cpu' | 'refusal';

/** The lab part a span ran in (a process in the Chrome trace, a group of lanes in the view). */
export type TracePart = 'redis' | 'db' | 'http' | 'clock' | 'blocking' | 'cpu' | 'load';

/** Every part, in the order the view stacks their lanes. */
export const TRACE_PARTS: readonly TracePart[] = ['http', 'db', 'redis', 'clock', 'blocking', 'cpu', 'load'];

/** Which part each kind belongs to. */
export const KIND_PART: Readonly<Record<SpanKind, TracePart>> = {
  redis: 'redis',
  query: 'db',
  'pool-wait': 'db',
  connect: 'db',
  http: 'http',
  timer: 'clock',
  blocking: 'blocking',
  'thread-pool': 'blocking',
  cpu: 'cpu',
  refusal: 'load',
};

/** A detail's value: short text or a number, as a trace viewer shows it. */
export type DetailValue = string | number | boolean;

export interface TraceSpan {
  kind: SpanKind;
  /** A short label: `GET user:1`, `GET https://api1.com/data`, `SELECT … FROM "users"`. */
  label: string;
  /** Virtual ms since the run started. */
  start: number;
  /** Virtual ms; equal to `start` for an instant (a refusal, a CPU task). */
  end: number;
  /** Lane within its part, from `packLanes`: spans that overlap never share one. */
  lane: number;
  details?: Record<string, DetailValue>;
  /** A CPU task: it took real time (`details.realMs`) while the virtual clock stood still. */
  real?: true;
  /** Still running when the run ended: `end` is the run's end. */
  open?: true;
}

/** A `performance.mark`. */
export interface TraceMark {
  name: string;
  at: number;
}

/** A `performance.measure`: a named phase of the program. */
export interface TraceMeasure {
  name: string;
  start: number;
  end: number;
}

/** Count, total and longest duration of one kind's spans (over every span, kept or not). */
export interface KindTotal {
  count: number;
  totalMs: number;
  longestMs: number;
}

export interface Trace {
  /** Spans in start order, at most the recorder's cap. */
  spans: TraceSpan[];
  /** Spans recorded past the cap: counted in `totals`, not kept. */
  dropped: number;
  totals: Partial<Record<SpanKind, KindTotal>>;
  marks: TraceMark[];
  measures: TraceMeasure[];
  /** Virtual ms at the end of the run. */
  endMs: number;
}
