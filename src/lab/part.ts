/**
 * What a lab part is (an importable module plus its end-of-run report) and what it may use of
 * its world. Parts depend on this file, never on the world that lists them.
 */
import type { Locale } from '../i18n/locales';
import type { RealWork } from './clock/real-work';
import type { VirtualClock } from './clock/virtual-clock';
import type { CpuThreads } from './cpu/threads';
import type { LabHttp } from './http/fetch';
import type { LoadChartRun } from './load/chart-data';
import type { LabTexts } from './messages';
import type { TraceRecorder } from './trace/recorder';
import type { LabPerformance } from './trace/user-timing';

/** A report: a title and its lines, already in the world's locale. */
export interface LabReport {
  title: string;
  lines: string[];
  /** Load runs to chart with the report (the output panel draws them; a terminal shows the lines). */
  load?: LoadChartRun[];
}

/** One lab part: its module for `import`, and its report (null when the program did not use it). */
export interface LabPart {
  module: Record<string, unknown>;
  report(): LabReport | null;
  dispose?(): void;
}

/** The clock as a part sees it: it reads and waits on virtual time, but only the runner fires timers. */
type PartClock = Pick<VirtualClock, 'nowMs' | 'delay' | 'block' | 'schedule' | 'cancel' | 'performance'>;

/** What a part may use of the world it runs in. */
export interface PartContext {
  clock: PartClock;
  /** Unix milliseconds on the virtual clock (what Redis TTLs and HTTP rate limits count in). */
  nowUnixMs(): number;
  locale: Locale;
  texts: LabTexts;
  /** Prints a report now (a module's `report()`); the end-of-run reports come from `LabPart.report`. */
  report(title: string, lines: string[]): void;
  /** Real work (CPU tasks) the runner must wait for without moving the clock. */
  realWork: RealWork;
  cpu: CpuThreads;
  /** The world's HTTP services: the global `fetch` and blocking calls reach the same ones. */
  http: LabHttp;
  /** The run's trace: each part records a span for every operation that takes time. */
  trace: TraceRecorder;
  /** The run's one `performance` (virtual `now()`, User Timing into the trace). */
  performance: LabPerformance;
}

/** Builds one part for one world, on the program's first import of it. */
export type PartFactory = (context: PartContext) => LabPart;

/** A module object as `import` expects it from CommonJS-shaped code. */
export function esModule(exports: Record<string, unknown>): Record<string, unknown> {
  return { __esModule: true, ...exports };
}

/** A module's `report()`: prints the part's report now, when it has one. */
export function printReport(context: PartContext, report: () => LabReport | null): () => void {
  return () => {
    const r = report();
    if (r) context.report(r.title, r.lines);
  };
}
