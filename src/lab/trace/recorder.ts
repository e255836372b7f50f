/**
 * Records a run's trace as the lab works. Recording must stay cheap (every Redis command and
 * query passes here): a span is one small object pushed in start order, lanes are packed once at
 * the end, and past the cap a span only adds to its kind's totals.
 */
import { assignLanes } from './lanes';
import type { DetailValue, KindTotal, SpanKind, Trace, TraceMark, TraceMeasure, TraceSpan } from './span';

/** Spans a run keeps; the rest are counted in the totals. */
const SPAN_CAP = 20_000;
/** Marks and measures a run keeps (each). */
export const USER_TIMING_CAP = 1_000;
/** Characters of a label kept. */
const LABEL_CHARS = 120;
/** Characters of a text detail kept. */
const DETAIL_CHARS = 400;

type Details = Record<string, DetailValue>;

/** A span begun and not yet ended; `null` when recording is off. */
export type OpenSpan = TraceSpan | null;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function cutDetails(details: Details): Details {
  for (const key in details) {
    const v = details[key];
    if (typeof v === 'string' && v.length > DETAIL_CHARS) details[key] = cut(v, DETAIL_CHARS);
  }
  return details;
}

export class TraceRecorder {
  private readonly spans: TraceSpan[] = [];
  private readonly totals: Partial<Record<SpanKind, KindTotal>> = {};
  private dropped = 0;
  readonly marks: TraceMark[] = [];
  readonly measures: TraceMeasure[] = [];

  constructor(
    private readonly nowMs: () => number,
    /** Off: nothing is recorded (the benchmark's baseline). */
    readonly enabled = true,
    private readonly cap = SPAN_CAP,
  ) {}

  /** Starts a span now; pass it to `end` when the work is done. */
  begin(kind: SpanKind, label: string, details?: Details): OpenSpan {
    if (!this.enabled) return null;
    const start = this.nowMs();
    // NaN marks a span not ended yet (cheaper than a set of open spans).
    const span: TraceSpan = { kind, label: label.length > LABEL_CHARS ? cut(label, LABEL_CHARS) : label, start, end: NaN, lane: 0 };
    if (details) span.details = cutDetails(details);
    if (this.spans.length < this.cap) this.spans.push(span);
    else this.dropped++;
    return span;
  }

  /** Ends a span now, adding details known only at the end (a status, rows returned). */
  end(span: OpenSpan, details?: Details): void {
    if (!span || !Number.isNaN(span.end)) return;
    span.end = this.nowMs();
    if (details) span.details = cutDetails(span.details ? Object.assign(span.details, details) : details);
    this.count(span.kind, span.end - span.start);
  }

  /** Records a span whose times are already known (work that ran on a thread's own timeline). */
  record(kind: SpanKind, label: string, start: number, end: number, details?: Details, real?: boolean): void {
    if (!this.enabled) return;
    if (this.spans.length < this.cap) {
      const span: TraceSpan = { kind, label: cut(label, LABEL_CHARS), start, end, lane: 0 };
      if (details) span.details = cutDetails(details);
      if (real) span.real = true;
      this.spans.push(span);
    } else this.dropped++;
    this.count(kind, real ? Number(details?.realMs ?? 0) : end - start);
  }

  private count(kind: SpanKind, ms: number): void {
    const t = (this.totals[kind] ??= { count: 0, totalMs: 0, longestMs: 0 });
    t.count++;
    t.totalMs += ms;
    if (ms > t.longestMs) t.longestMs = ms;
  }

  /** The trace so far, lanes packed; spans still running end at `endMs` and are marked open. */
  snapshot(endMs = this.nowMs()): Trace {
    let sorted = true;
    const spans = this.spans.map((s, i) => {
      if (i > 0 && s.start < this.spans[i - 1]!.start) sorted = false;
      return Number.isNaN(s.end) ? { ...s, end: endMs, open: true as const } : { ...s };
    });
    if (!sorted) spans.sort((a, b) => a.start - b.start);
    const totals: Partial<Record<SpanKind, KindTotal>> = {};
    for (const [kind, t] of Object.entries(this.totals) as [SpanKind, KindTotal][]) totals[kind] = { ...t };
    return {
      spans: assignLanes(spans),
      dropped: this.dropped,
      totals,
      marks: this.marks.slice(),
      measures: this.measures.slice(),
      endMs,
    };
  }
}
