/**
 * Runs a playground program against a fresh lab world, the same way in a browser Worker and in
 * Node (`npm run lab`). Pure TypeScript: the platform's parts (console, reports, CPU threads)
 * come in through `RunHost`.
 */
import type { Locale } from '../i18n/locales';
import { nextMacrotask, realNow } from '../lab/clock/macrotask';
import type { CpuThreads } from '../lab/cpu/threads';
import type { LoadChartRun } from '../lab/load/chart-data';
import type { Trace } from '../lab/trace/span';
import { traceTimers } from '../lab/trace/traced-timers';
import { createLabWorld, type LabWorld } from '../lab/world';
import { describeThrown } from './describe-thrown';
import { frameLocation } from './error-location';
import { runnerText, type RunnerTexts } from './messages';
import { transpile } from './transpile';

export interface ProgramConsole {
  log(...a: unknown[]): void;
  info(...a: unknown[]): void;
  warn(...a: unknown[]): void;
  error(...a: unknown[]): void;
  debug(...a: unknown[]): void;
  table(data: unknown, columns?: string[]): void;
}

export interface RunHost {
  /** Raw values go here; the host formats them (Node's console in the CLI, a formatter in the Worker). */
  console: ProgramConsole;
  /** Lab reports (query log, pool, Redis/cache stats), already in `locale`; `load` has runs to chart. */
  report(title: string, lines: string[], load?: LoadChartRun[]): void;
  locale: Locale;
  /** Platform threads for the CPU pool (browser Workers / node worker_threads). */
  cpu: CpuThreads;
  /**
   * Sees the run's lab world as soon as it exists, so a caller (a test, a bench) can read what the
   * lab recorded (query log, Redis counters, HTTP stats) once the run is over.
   */
  observe?(world: LabWorld): void;
  /**
   * Runs once the program's top level has finished, on the same world and clock, with what the
   * program exported: an exercise's checks call the reader's functions here. The run ends when it
   * settles; what it throws is the run's error.
   */
  afterProgram?(exported: Readonly<Record<string, unknown>>, world: LabWorld): Promise<void>;
  /** Record the run's trace (default on; off only to measure what recording costs). */
  trace?: boolean;
}

export interface RunOutcome {
  ok: boolean;
  error?: { phase: 'compile' | 'runtime'; message: string; line?: number; column?: number };
  /** Virtual clock at the end of the run, in ms. */
  simulatedMs: number;
  /** Real time the run took, in ms. */
  realMs: number;
  /** What the run did on the lab's clock, when it got to run (and recording was on). */
  trace?: Trace;
}

/** Virtual time past which a run is stopped: a timer that never stops. */
const MAX_SIMULATED_MS = 30 * 24 * 60 * 60 * 1000;
/** Timer callbacks past which a run is stopped. */
export const MAX_TIMER_FIRINGS = 500_000;
/** Idle loop turns (no timer, no real work, main promise pending) before a run is declared stuck. */
const IDLE_TURNS = 3;

/** Names the program's code sees instead of the real globals. */
const INJECTED = [
  'require',
  'exports',
  'module',
  'console',
  'fetch',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'Date',
  'performance',
  'process',
] as const;

type Program = (...args: unknown[]) => Promise<void>;

function compile(js: string, filename: string): Program {
  const safeName = filename.replace(/[\r\n]/g, ' ');
  return new Function(`return async function program(${INJECTED.join(', ')}) {\n${js}\n};\n//# sourceURL=${safeName}`)() as Program;
}

let lineOffset: Promise<number | undefined> | undefined;

/**
 * How many lines the wrapper adds above the program's first line, measured once on this engine by
 * compiling a probe that throws (engines number the lines of compiled code differently); undefined
 * when the engine's stack does not tell. Its one compile is the runner's own code: a locked-down
 * Worker lets it through before the first run.
 */
export function wrapperLineOffset(): Promise<number | undefined> {
  lineOffset ??= (async () => {
    const probe = '__lab_probe__.js';
    try {
      await compile('throw new Error("probe");', probe)();
    } catch (e) {
      const at = frameLocation(e instanceof Error ? e.stack : undefined, probe);
      return at ? at.line - 1 : undefined;
    }
    return undefined;
  })();
  return lineOffset;
}

/** A thrown error reads as itself; anything else thrown is marked as uncaught, as Node's REPL does. */
function describe(e: unknown): string {
  return e instanceof Error ? describeThrown(e) : `Uncaught ${describeThrown(e)}`;
}

async function runtimeError(e: unknown, filename: string, sourceLines: number): Promise<NonNullable<RunOutcome['error']>> {
  const loc = frameLocation(e instanceof Error ? e.stack : undefined, filename);
  const offset = await wrapperLineOffset();
  const line = loc && offset !== undefined ? loc.line - offset : 0;
  return line >= 1 && line <= sourceLines
    ? { phase: 'runtime', message: describe(e), line, column: loc!.column }
    : { phase: 'runtime', message: describe(e) };
}

/** Transpiles, evaluates and drives a program on the virtual clock until it and its timers are done. */
export async function runProgram(source: string, filename: string, host: RunHost): Promise<RunOutcome> {
  const started = realNow();
  const texts = runnerText[host.locale];
  const compiled = transpile(source, filename);
  if (!compiled.ok) {
    const { message, line, column } = compiled;
    return { ok: false, error: { phase: 'compile', message, line, column }, simulatedMs: 0, realMs: realNow() - started };
  }
  let program: Program;
  try {
    program = compile(compiled.code, filename);
  } catch (e) {
    return { ok: false, error: { phase: 'compile', message: describe(e) }, simulatedMs: 0, realMs: realNow() - started };
  }

  const world = createLabWorld({ locale: host.locale, cpu: host.cpu, report: (t, l) => host.report(t, l), trace: host.trace });
  host.observe?.(world);
  const error = await drive(world, program, host, filename, source.split('\n').length, texts);
  for (const r of world.reports()) host.report(r.title, r.lines, r.load);
  world.dispose();
  const trace = world.trace.enabled ? { trace: world.trace.snapshot() } : {};
  return { ok: !error, ...(error ? { error } : {}), simulatedMs: world.clock.nowMs(), realMs: realNow() - started, ...trace };
}

async function drive(
  world: LabWorld,
  program: Program,
  host: RunHost,
  filename: string,
  sourceLines: number,
  texts: RunnerTexts,
): Promise<RunOutcome['error'] | undefined> {
  const { clock, realWork } = world;
  const timers = traceTimers(clock.timers(), world.trace);
  const exportsObject: Record<string, unknown> = {};
  const require = (name: string) => {
    const mod = world.resolve(String(name));
    if (!mod) throw new Error(texts.unknownModule(String(name), world.moduleNames()));
    return mod;
  };
  const args: Record<(typeof INJECTED)[number], unknown> = {
    require,
    exports: exportsObject,
    module: { exports: exportsObject },
    console: host.console,
    fetch: world.fetch,
    ...timers,
    Date: clock.dateClass(),
    performance: world.performance,
    process: undefined,
  };

  let settled = false;
  let failed = false;
  let failure: unknown;
  const fail = (e: unknown) => {
    if (!failed) {
      failed = true;
      failure = e;
    }
  };
  try {
    program(...INJECTED.map((n) => args[n]))
      .then(() => host.afterProgram?.(exportsObject, world))
      .then(() => {
        settled = true;
      }, fail);
  } catch (e) {
    fail(e);
  }

  let idle = 0;
  for (;;) {
    await nextMacrotask();
    if (failed) return runtimeError(failure, filename, sourceLines);
    if (realWork.pending > 0) {
      await realWork.anySettled();
      idle = 0;
      continue;
    }
    const due = clock.nextDueMs();
    if (due !== null) {
      if (due > MAX_SIMULATED_MS) return { phase: 'runtime', message: texts.simulatedTimeCap(MAX_SIMULATED_MS / 86_400_000) };
      if (clock.firedCount >= MAX_TIMER_FIRINGS) return { phase: 'runtime', message: texts.timerCap(MAX_TIMER_FIRINGS) };
      try {
        clock.fireNext();
      } catch (e) {
        // An exception thrown by a timer callback is uncaught, as on a real event loop.
        fail(e);
      }
      idle = 0;
      continue;
    }
    if (settled) return undefined;
    if (++idle < IDLE_TURNS) continue;
    return { phase: 'runtime', message: texts.waitingForever };
  }
}
