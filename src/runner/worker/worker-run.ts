/**
 * The Worker's side of a run, without the Worker: gives the program a console that formats
 * values as Node would, caps its output, batches events so printing in a loop cannot flood the
 * page, turns the runner's outcome and unhandled rejections into events, and ends with `done`.
 * Everything platform-specific (posting, real clock, real timers, the runner) is passed in.
 */
import { capTrace } from '../../lab/trace/cap';
import { describeThrown } from '../describe-thrown';
import { LOAD_CHART_RUNS } from '../../lab/load/chart-data';
import type { InspectOptions } from '../format/inspect-value';
import { formatConsoleArgs } from '../format/log-args';
import { formatTable } from '../format/table';
import { OUTPUT_LINE_CAP, type ConsoleLevel, type Printed, type RunEvent, type RunRequest, type WorkerMessage } from '../protocol';
import type { ProgramConsole, RunHost, RunOutcome } from '../run-program';

/** Posts sent at once in each BATCH_MS window; past that, events are batched. */
export const IMMEDIATE_POSTS = 20;
/** Events held before posting, at most. */
export const BATCH_SIZE = 200;
/** Real time events may wait before posting, at most, while the program keeps running. */
export const BATCH_MS = 50;
/** Characters of one console line shown; the rest is cut with a note. */
const LINE_CHAR_CAP = 20_000;
/** Lines of one lab report shown. */
export const REPORT_LINE_CAP = 500;

export interface WorkerRunDeps {
  runProgram(source: string, filename: string, host: RunHost): Promise<RunOutcome>;
  post(message: WorkerMessage): void;
  /** The real clock (not the lab's virtual one). */
  realNow(): number;
  /** A real timer (not the lab's virtual one). */
  later(callback: () => void, ms: number): void;
  /** Resolves after a real macrotask: by then pending unhandled-rejection events have fired. */
  nextTask(): Promise<void>;
  cpu: RunHost['cpu'];
  /** Called right before the runner compiles the program (the lock-down lets that one compile through). */
  beforeCompile?(): void;
  /** Maps a stack to the program's line, when the stack has a frame in it. */
  locate?(stack: string | undefined, filename: string): { line: number; column: number } | undefined;
  lineCap?: number;
}

export interface WorkerRun {
  run(request: RunRequest): Promise<void>;
  /** A promise rejection nobody handled (the Worker's `unhandledrejection` event). */
  unhandledRejection(reason: unknown): void;
  /** An exception thrown outside the runner's control (the Worker's `error` event). */
  uncaughtError(error: unknown, message?: string): void;
}

function linesOf(parts: readonly Printed[]): number {
  let n = 0;
  for (const p of parts) n += p.kind === 'text' ? p.text.split('\n').length : p.rows.length + 1;
  return n;
}

/** Keeps the first `max` lines of printed parts. */
function firstLines(parts: readonly Printed[], max: number): Printed[] {
  const kept: Printed[] = [];
  let left = max;
  for (const p of parts) {
    if (left <= 0) break;
    if (p.kind === 'text') {
      const lines = p.text.split('\n');
      kept.push({ kind: 'text', text: lines.slice(0, left).join('\n') });
      left -= Math.min(left, lines.length);
    } else {
      kept.push({ kind: 'table', columns: p.columns, rows: p.rows.slice(0, Math.max(0, left - 1)) });
      left -= Math.min(left, p.rows.length + 1);
    }
  }
  return kept;
}

function capChars(parts: Printed[]): Printed[] {
  return parts.map((p) =>
    p.kind === 'text' && p.text.length > LINE_CHAR_CAP
      ? { kind: 'text', text: `${p.text.slice(0, LINE_CHAR_CAP)}… (+${p.text.length - LINE_CHAR_CAP})` }
      : p,
  );
}

/** Creates what a Worker uses for its one run. */
export function createWorkerRun(deps: WorkerRunDeps): WorkerRun {
  const cap = deps.lineCap ?? OUTPUT_LINE_CAP;
  let current: { runId: number; filename: string } | undefined;
  let buffer: RunEvent[] = [];
  let windowStart = -Infinity;
  let postsInWindow = 0;
  let flushScheduled = false;

  function flush() {
    flushScheduled = false;
    if (buffer.length === 0) return;
    const events = buffer;
    buffer = [];
    postsInWindow++;
    deps.post({ type: 'events', events });
  }

  /**
   * A blocked Worker cannot post, so what a program prints right before it hangs must already
   * be sent: the first events of each window go out at once; a flood is batched by size, by the
   * next event after the window, or by a real timer when the program yields.
   */
  function push(event: RunEvent) {
    buffer.push(event);
    const now = deps.realNow();
    if (now - windowStart >= BATCH_MS) {
      windowStart = now;
      postsInWindow = 0;
    }
    if (postsInWindow < IMMEDIATE_POSTS || buffer.length >= BATCH_SIZE) flush();
    else if (!flushScheduled) {
      flushScheduled = true;
      deps.later(flush, BATCH_MS);
    }
  }

  function reportError(phase: 'runtime' | 'unhandled-rejection', value: unknown, fallbackMessage?: string) {
    if (!current) return;
    const stack = value instanceof Error ? value.stack : undefined;
    const where = deps.locate?.(stack, current.filename);
    const message = value === undefined && fallbackMessage ? fallbackMessage : describeThrown(value);
    push({ type: 'error', runId: current.runId, phase, message, ...(where ?? {}) });
  }

  async function run(request: RunRequest) {
    if (current) return; // one run per Worker: the page starts a fresh Worker for the next
    const { runId, filename } = request;
    current = { runId, filename };
    let lines = 0;
    let truncated = false;
    const inspectOptions: InspectOptions = {
      // Only the program's own frames mean anything to the reader.
      cleanStack: (stack) =>
        stack
          .split('\n')
          .filter((line, i) => i === 0 || !/^\s+at /.test(line) || line.includes(filename))
          .join('\n'),
    };

    const emit = (level: ConsoleLevel, make: () => Printed[]) => {
      if (truncated) return;
      const parts = capChars(make());
      const n = Math.max(1, linesOf(parts));
      if (lines + n > cap) {
        const room = cap - lines;
        if (room > 0) push({ type: 'console', runId, level, parts: firstLines(parts, room) });
        truncated = true;
        push({ type: 'truncated', runId, shown: cap });
        return;
      }
      lines += n;
      push({ type: 'console', runId, level, parts });
    };
    const printer =
      (level: ConsoleLevel) =>
      (...args: unknown[]) =>
        emit(level, () => formatConsoleArgs(args, inspectOptions));
    const programConsole: ProgramConsole = {
      log: printer('log'),
      info: printer('info'),
      warn: printer('warn'),
      error: printer('error'),
      debug: printer('debug'),
      table: (data, columns) =>
        emit('log', () => formatTable(data, Array.isArray(columns) ? columns.map(String) : undefined, inspectOptions)),
    };
    const host: RunHost = {
      console: programConsole,
      report: (title, reportLines, load) => {
        const shown = reportLines.slice(0, REPORT_LINE_CAP).map(String);
        if (reportLines.length > REPORT_LINE_CAP) shown.push(`… (+${reportLines.length - REPORT_LINE_CAP})`);
        push({ type: 'stats', runId, title: String(title), lines: shown });
        if (load && load.length > 0) push({ type: 'load', runId, title: String(title), runs: load.slice(0, LOAD_CHART_RUNS) });
      },
      locale: request.locale,
      cpu: deps.cpu,
    };

    let outcome: RunOutcome;
    const started = deps.realNow();
    try {
      deps.beforeCompile?.();
      outcome = await deps.runProgram(request.source, filename, host);
    } catch (e) {
      outcome = { ok: false, error: { phase: 'runtime', message: describeThrown(e) }, simulatedMs: 0, realMs: deps.realNow() - started };
    }
    if (outcome.error) {
      const { phase, message, line, column } = outcome.error;
      push({ type: 'error', runId, phase, message, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) });
    }
    // Rejections nobody handled are reported by the engine after the current task: wait for them.
    await deps.nextTask();
    await deps.nextTask();
    if (outcome.trace) push({ type: 'trace', runId, ...capTrace(outcome.trace) });
    push({ type: 'done', runId, ok: outcome.ok, simulatedMs: outcome.simulatedMs, realMs: outcome.realMs });
    flush();
  }

  return {
    run,
    unhandledRejection: (reason) => reportError('unhandled-rejection', reason),
    uncaughtError: (error, message) => reportError('runtime', error, message),
  };
}
