/**
 * The User Timing API on the lab's clock: `performance.mark()` and `performance.measure()` as in
 * Node and browsers, with `getEntries*` and `clear*`. Every mark and measure also goes into the
 * run's trace, where a measure becomes a labelled band over the timeline.
 */
import { USER_TIMING_CAP, type TraceRecorder } from './recorder';

/** A mark or a measure, shaped like the platform's PerformanceEntry. */
interface LabPerformanceEntry {
  readonly name: string;
  readonly entryType: 'mark' | 'measure';
  readonly startTime: number;
  readonly duration: number;
  readonly detail: unknown;
  toJSON(): Record<string, unknown>;
}

interface MarkOptions {
  startTime?: number;
  detail?: unknown;
}

interface MeasureOptions {
  start?: string | number;
  end?: string | number;
  duration?: number;
  detail?: unknown;
}

/** The `performance` a program gets: virtual `now()` plus User Timing. */
export interface LabPerformance {
  now(): number;
  readonly timeOrigin: number;
  mark(name: string, options?: MarkOptions): LabPerformanceEntry;
  measure(name: string, startOrOptions?: string | MeasureOptions, endMark?: string): LabPerformanceEntry;
  getEntries(): LabPerformanceEntry[];
  getEntriesByName(name: string, type?: string): LabPerformanceEntry[];
  getEntriesByType(type: string): LabPerformanceEntry[];
  clearMarks(name?: string): void;
  clearMeasures(name?: string): void;
  toJSON(): Record<string, unknown>;
}

function entry(name: string, entryType: 'mark' | 'measure', startTime: number, duration: number, detail: unknown): LabPerformanceEntry {
  return {
    name,
    entryType,
    startTime,
    duration,
    detail,
    toJSON: () => ({ name, entryType, startTime, duration, detail }),
  };
}

function syntaxError(message: string): Error {
  return typeof DOMException === 'function' ? new DOMException(message, 'SyntaxError') : new SyntaxError(message);
}

/** A virtual `performance` whose marks and measures land in `trace`. */
export function createLabPerformance(nowMs: () => number, timeOrigin: number, trace: TraceRecorder): LabPerformance {
  let entries: LabPerformanceEntry[] = [];

  const markTime = (name: string): number => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (e.entryType === 'mark' && e.name === name) return e.startTime;
    }
    throw syntaxError(`The "${name}" performance mark has not been set`);
  };
  const timeOf = (at: string | number): number => (typeof at === 'number' ? at : markTime(String(at)));
  const clear = (type: 'mark' | 'measure', name?: string) => {
    entries = entries.filter((e) => e.entryType !== type || (name !== undefined && e.name !== name));
  };

  const performance: LabPerformance = {
    now: nowMs,
    timeOrigin,
    mark(name, options = {}) {
      if (arguments.length === 0) throw new TypeError('The "name" argument must be specified');
      const at = options.startTime ?? nowMs();
      if (typeof at !== 'number' || !(at >= 0)) throw new TypeError('The "startTime" option must be a number ≥ 0');
      const mark = entry(String(name), 'mark', at, 0, options.detail ?? null);
      entries.push(mark);
      if (trace.marks.length < USER_TIMING_CAP) trace.marks.push({ name: mark.name, at });
      return mark;
    },
    measure(name, startOrOptions, endMark) {
      if (arguments.length === 0) throw new TypeError('The "name" argument must be specified');
      let start = 0;
      let end = nowMs();
      let detail: unknown = null;
      if (typeof startOrOptions === 'object' && startOrOptions !== null) {
        const o = startOrOptions;
        if (o.start !== undefined) start = timeOf(o.start);
        if (o.end !== undefined) end = timeOf(o.end);
        if (o.duration !== undefined) {
          if (o.end !== undefined && o.start === undefined) start = end - o.duration;
          else end = start + o.duration;
        }
        detail = o.detail ?? null;
      } else if (startOrOptions !== undefined) start = timeOf(startOrOptions);
      if (endMark !== undefined) end = timeOf(endMark);
      const measure = entry(String(name), 'measure', start, end - start, detail);
      entries.push(measure);
      if (trace.measures.length < USER_TIMING_CAP) trace.measures.push({ name: measure.name, start, end });
      return measure;
    },
    getEntries: () => entries.slice().sort((a, b) => a.startTime - b.startTime),
    getEntriesByName: (name, type) =>
      performance.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type)),
    getEntriesByType: (type) => performance.getEntries().filter((e) => e.entryType === type),
    clearMarks: (name) => clear('mark', name),
    clearMeasures: (name) => clear('measure', name),
    toJSON: () => ({ timeOrigin }),
  };
  return performance;
}
