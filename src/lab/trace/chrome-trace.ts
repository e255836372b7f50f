/**
 * A run's trace in the Chrome Trace Event format (the JSON Object form), which Perfetto and
 * `chrome://tracing` open: one process per lab part, one thread per lane, a complete event
 * (`ph: 'X'`) per span and an async pair per measure. Times are microseconds on the virtual clock.
 */
import { KIND_PART, TRACE_PARTS, type DetailValue, type Trace, type TracePart } from './span';

/** One event of the Trace Event format (only the fields this export writes). */
export interface TraceEvent {
  name: string;
  ph: 'X' | 'M' | 'b' | 'e' | 'i';
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  cat?: string;
  s?: 'g' | 'p' | 't';
  id?: string;
  args?: Record<string, DetailValue>;
}

const US_PER_MS = 1000;
/** The process of the program's own measures and marks. */
const USER_TIMING_PID = TRACE_PARTS.length + 1;

/** Process id of a part: its place in TRACE_PARTS, from 1. */
function pidOf(part: TracePart): number {
  return TRACE_PARTS.indexOf(part) + 1;
}

const us = (ms: number) => Math.round(ms * US_PER_MS * 1000) / 1000;

/** The trace as a Trace Event document; `names` gives each part's process a readable name. */
export function toChromeTrace(
  trace: Trace,
  names: Readonly<Record<TracePart, string>> & { userTiming: string },
): { traceEvents: TraceEvent[]; displayTimeUnit: 'ms' } {
  const events: TraceEvent[] = [];
  const threads = new Set<string>();
  const used = new Set(trace.spans.map((s) => KIND_PART[s.kind]));
  for (const part of TRACE_PARTS) {
    if (used.has(part)) events.push({ name: 'process_name', ph: 'M', ts: 0, pid: pidOf(part), tid: 0, args: { name: names[part] } });
  }
  if (trace.measures.length + trace.marks.length > 0) {
    events.push({ name: 'process_name', ph: 'M', ts: 0, pid: USER_TIMING_PID, tid: 0, args: { name: names.userTiming } });
  }
  for (const s of trace.spans) {
    const pid = pidOf(KIND_PART[s.kind]);
    const tid = s.lane + 1;
    const key = `${pid}:${tid}`;
    if (!threads.has(key)) {
      threads.add(key);
      events.push({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name: `${names[KIND_PART[s.kind]]} ${tid}` } });
    }
    const args: Record<string, DetailValue> = { ...s.details };
    if (s.open) args.open = true;
    if (s.real) events.push({ name: s.label, cat: s.kind, ph: 'i', s: 't', ts: us(s.start), pid, tid, args });
    else events.push({ name: s.label, cat: s.kind, ph: 'X', ts: us(s.start), dur: us(s.end - s.start), pid, tid, args });
  }
  trace.measures.forEach((m, i) => {
    const id = `measure-${i}`;
    events.push({ name: m.name, cat: 'measure', ph: 'b', id, ts: us(m.start), pid: USER_TIMING_PID, tid: 1 });
    events.push({ name: m.name, cat: 'measure', ph: 'e', id, ts: us(m.end), pid: USER_TIMING_PID, tid: 1 });
  });
  for (const mark of trace.marks)
    events.push({ name: mark.name, cat: 'mark', ph: 'i', s: 'p', ts: us(mark.at), pid: USER_TIMING_PID, tid: 1 });
  return { traceEvents: events, displayTimeUnit: 'ms' };
}
