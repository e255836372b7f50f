/**
 * The contract between a page and the Worker that runs a playground program (and between
 * `npm run lab` and the same runner in Node). Pure types and tiny helpers: no DOM, no React.
 */
import type { Locale } from '../i18n/locales';
import type { LoadChartRun } from '../lab/load/chart-data';
import type { MeasureSummary } from '../lab/trace/compare';
import type { Trace } from '../lab/trace/span';

/** Page → runner: run this TypeScript source. */
export interface RunRequest {
  type: 'run';
  /** Correlates events with the run that produced them. */
  runId: number;
  /** TypeScript source, ES module syntax, top-level `await` allowed. */
  source: string;
  /** File name shown in error locations, e.g. `n-plus-one.ts`. */
  filename: string;
  /** Language of the lab's own messages (errors, stats labels). */
  locale: Locale;
}

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** A value the program printed, made safe to post between threads and to render. */
export type Printed = { kind: 'text'; text: string } | { kind: 'table'; columns: string[]; rows: string[][] };

/** Runner → page: what happened, in order. */
export type RunEvent =
  | { type: 'console'; runId: number; level: ConsoleLevel; parts: Printed[] }
  /** A lab report the program (or the runner at the end) produced: query log, pool, cache stats. */
  | { type: 'stats'; runId: number; title: string; lines: string[] }
  /** Load runs to chart, sent right after the report they belong to. */
  | { type: 'load'; runId: number; title: string; runs: LoadChartRun[] }
  /** Output was cut past the cap; later console events of this run are dropped. */
  | { type: 'truncated'; runId: number; shown: number }
  | { type: 'error'; runId: number; phase: 'compile' | 'runtime' | 'unhandled-rejection'; message: string; line?: number; column?: number }
  /** What the run did on the lab's clock (sent once, right before `done`), and its measures compared. */
  | { type: 'trace'; runId: number; trace: Trace; comparison: MeasureSummary[] }
  | { type: 'done'; runId: number; ok: boolean; simulatedMs: number; realMs: number };

/** The most console lines a run may print before the rest is dropped with a note. */
export const OUTPUT_LINE_CAP = 1_000;

/** The longest program a playground runs, in characters; a longer one is refused before it is sent. */
export const MAX_PROGRAM_CHARS = 100_000;

/** Wall-clock limit after which the page terminates the Worker and replaces it. */
export const RUN_TIME_LIMIT_MS = 5_000;

/** Worker → page, once its modules are loaded: runs posted from now on start at once. */
interface WorkerReady {
  type: 'ready';
}

/** Worker → page: events of a run, in order. Batched so a program printing in a loop cannot flood the page. */
interface WorkerEvents {
  type: 'events';
  events: RunEvent[];
}

/** Everything the playground Worker posts to the page. */
export type WorkerMessage = WorkerReady | WorkerEvents;
