/**
 * The page's check of a run's trace: the Worker's message is trusted for nothing. Every span,
 * measure and comparison row is checked for shape and cut to `PAGE_OUTPUT_LIMITS`; what does not
 * fit the shape is dropped, and spans past the cap are counted as not shown.
 */
import type { MeasureSummary } from '../lab/trace/compare';
import { KIND_PART, type DetailValue, type KindTotal, type SpanKind, type Trace, type TraceSpan } from '../lab/trace/span';
import { PAGE_OUTPUT_LIMITS } from './output-limits';

/** A trace as the page keeps it, with the comparison the Worker computed over every span. */
export interface ShownTrace {
  trace: Trace;
  comparison: MeasureSummary[];
}

const L = PAGE_OUTPUT_LIMITS;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, L.traceTextChars) : '');
const isKind = (v: unknown): v is SpanKind => typeof v === 'string' && Object.hasOwn(KIND_PART, v);

function details(v: unknown): Record<string, DetailValue> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, DetailValue> = {};
  let n = 0;
  for (const [key, value] of Object.entries(v)) {
    if (n >= L.traceDetails) break;
    if (typeof value === 'string') out[text(key)] = text(value);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) out[text(key)] = value;
    else continue;
    n++;
  }
  return n > 0 ? out : undefined;
}

function span(v: unknown): TraceSpan | null {
  if (!isObject(v) || !isKind(v.kind) || !isTime(v.start) || !isTime(v.end) || v.end < v.start || !isCount(v.lane)) return null;
  const s: TraceSpan = { kind: v.kind, label: text(v.label), start: v.start, end: v.end, lane: Math.min(v.lane, L.traceSpans) };
  const d = details(v.details);
  if (d) s.details = d;
  if (v.real === true) s.real = true;
  if (v.open === true) s.open = true;
  return s;
}

function totals(v: unknown): Partial<Record<SpanKind, KindTotal>> {
  const out: Partial<Record<SpanKind, KindTotal>> = {};
  if (!isObject(v)) return out;
  for (const [kind, t] of Object.entries(v)) {
    if (isKind(kind) && isObject(t) && isCount(t.count) && isTime(t.totalMs) && isTime(t.longestMs))
      out[kind] = { count: t.count, totalMs: t.totalMs, longestMs: t.longestMs };
  }
  return out;
}

function row(v: unknown): MeasureSummary | null {
  if (!isObject(v) || !isTime(v.start) || !isTime(v.end) || v.end < v.start) return null;
  const counts = [v.queries, v.redis, v.http, v.spans];
  if (!counts.every(isCount)) return null;
  const [queries, redis, http, spans] = counts as number[];
  return {
    name: text(v.name),
    start: v.start,
    end: v.end,
    durationMs: v.end - v.start,
    queries: queries!,
    redis: redis!,
    http: http!,
    spans: spans!,
  };
}

function list<T>(v: unknown, max: number, read: (item: unknown) => T | null): { items: T[]; cut: number } {
  const all: unknown[] = Array.isArray(v) ? v : [];
  const items: T[] = [];
  let cut = 0;
  for (const item of all) {
    const ok = read(item);
    if (ok === null) continue;
    if (items.length < max) items.push(ok);
    else cut++;
  }
  return { items, cut };
}

/** The trace of a `trace` event as the page accepts it, or undefined when it has no trace's shape. */
export function acceptTrace(event: { trace?: unknown; comparison?: unknown }): ShownTrace | undefined {
  const t = event.trace;
  if (!isObject(t) || !isTime(t.endMs)) return undefined;
  const spans = list(t.spans, L.traceSpans, span);
  const measures = list(t.measures, L.traceMeasures, (m) =>
    isObject(m) && isTime(m.start) && isTime(m.end) && m.end >= m.start ? { name: text(m.name), start: m.start, end: m.end } : null,
  );
  const marks = list(t.marks, L.traceMeasures, (m) => (isObject(m) && isTime(m.at) ? { name: text(m.name), at: m.at } : null));
  return {
    trace: {
      spans: spans.items,
      dropped: (isCount(t.dropped) ? t.dropped : 0) + spans.cut,
      totals: totals(t.totals),
      marks: marks.items,
      measures: measures.items,
      endMs: t.endMs,
    },
    comparison: list(event.comparison, L.traceMeasures, row).items,
  };
}
