/**
 * What a playground's output panel shows, as a pure state updated by the runner's events and by
 * how the run ended. The island renders it; tests drive it without a browser.
 *
 * The page trusts nothing the Worker sends: every event is checked for shape and cut to
 * `PAGE_OUTPUT_LIMITS` here, and past a limit a note says what was cut. Adding a batch costs
 * O(batch), not O(output so far): entries go into an append-only log shared by the states of one
 * run, and each state knows how many of them are its own (`outputEntries`).
 */
import type { LoadChartRun, LoadChartSecond } from '../lab/load/chart-data';
import type { ConsoleLevel, Printed, RunEvent } from '../runner/protocol';
import { PAGE_OUTPUT_LIMITS, type RunLimit } from './output-limits';
import { acceptTrace, type ShownTrace } from './trace-intake';
import type { RunEnd } from './worker-host';

/** A printed value as the page shows it: cut to the limits, with how much was cut. */
export type ShownPart =
  | { kind: 'text'; text: string; cutChars: number; cutLines: number }
  | { kind: 'table'; columns: string[]; rows: string[][]; hiddenRows: number; hiddenColumns: number; cutCells: number };

export type OutputEntry =
  | { kind: 'console'; id: number; level: ConsoleLevel; parts: ShownPart[] }
  | { kind: 'stats'; id: number; title: string; lines: string[]; hiddenLines: number; cutChars: number }
  | {
      kind: 'error';
      id: number;
      phase: 'compile' | 'runtime' | 'unhandled-rejection';
      message: string;
      cutChars: number;
      line?: number;
      column?: number;
    }
  /** Load runs to chart (each run's `seconds` cut to the limit; `totalSeconds` says how long it was). */
  | { kind: 'load'; id: number; title: string; runs: LoadChartRun[]; hiddenRuns: number }
  /** A run-wide limit was reached: what it covers is dropped from here on. */
  | { kind: 'truncated'; id: number; limit: RunLimit; shown: number };

type RunStatus = 'idle' | 'running' | 'ok' | 'failed' | 'stopped' | 'time-limit' | 'crashed' | 'flooded' | 'too-large';

/** What one run has used of each run-wide limit. */
interface Tally {
  events: number;
  lines: number;
  chars: number;
  errors: number;
  reports: number;
  reached: readonly RunLimit[];
}

export interface OutputState {
  status: RunStatus;
  runId?: number;
  /** Append-only within a run; this state's entries are the first `size`. Read with `outputEntries`. */
  log: OutputEntry[];
  size: number;
  tally: Tally;
  /** Simulated (lab clock) and real elapsed time, when the run reached its end. */
  timing?: { simulatedMs: number; realMs: number };
  /** How the run ended, when it did. */
  end?: RunEnd;
  /** The length of a program refused for being too long. */
  refusedChars?: number;
  /** What the run did on the lab's clock (the timeline's data), once the Worker sent it. */
  trace?: ShownTrace;
}

const L = PAGE_OUTPUT_LIMITS;
const LEVELS: readonly ConsoleLevel[] = ['log', 'info', 'warn', 'error', 'debug'];
const PHASES = ['compile', 'runtime', 'unhandled-rejection'] as const;

function emptyTally(): Tally {
  return { events: 0, lines: 0, chars: 0, errors: 0, reports: 0, reached: [] };
}

/** Before the first run. */
export function idleOutput(): OutputState {
  return { status: 'idle', log: [], size: 0, tally: emptyTally() };
}

/** A run has been posted. */
export function startOutput(runId: number): OutputState {
  return { status: 'running', runId, log: [], size: 0, tally: emptyTally() };
}

/** A program longer than `MAX_PROGRAM_CHARS` was not run. */
export function refusedOutput(chars: number): OutputState {
  return { status: 'too-large', log: [], size: 0, tally: emptyTally(), refusedChars: chars };
}

/** The entries a state shows, in order. */
export function outputEntries(state: OutputState): readonly OutputEntry[] {
  return state.log.length === state.size ? state.log : state.log.slice(0, state.size);
}

/** Where the `n`-th line of `text` ends (the index of its newline), or -1 if it has fewer lines. */
function endOfLine(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return -1;
  }
  return at;
}

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

const asText = (value: unknown, max: number): { text: string; cut: number } => {
  const text = typeof value === 'string' ? value : '';
  return text.length > max ? { text: text.slice(0, max), cut: text.length - max } : { text, cut: 0 };
};

/** A figure from the Worker: a finite number of zero or more, or 0. */
const figure = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

const SECOND_FIELDS: readonly (keyof LoadChartSecond)[] = [
  'sent',
  'completed',
  'failed',
  'timedOut',
  'refused',
  'p50',
  'p90',
  'p99',
  'inFlight',
];

/** One load run as the page charts it: only known fields, numbers checked, seconds cut to the limit. */
function shownLoadRun(raw: unknown): LoadChartRun {
  const run = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const all: unknown[] = Array.isArray(run.seconds) ? run.seconds : [];
  const seconds = all.slice(0, L.loadSeconds).map((s) => {
    const second = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    return Object.fromEntries(SECOND_FIELDS.map((f) => [f, figure(second[f])])) as unknown as LoadChartSecond;
  });
  return {
    label: asText(run.label, L.loadLabelChars).text,
    arrivalRate: figure(run.arrivalRate),
    latencyMeanMs: figure(run.latencyMeanMs),
    inFlightMean: figure(run.inFlightMean),
    predictedInFlight: figure(run.predictedInFlight),
    totalSeconds: Math.max(seconds.length, Math.min(Math.floor(figure(run.totalSeconds)), Number.MAX_SAFE_INTEGER)),
    seconds,
  };
}

/** Adds a run's events, each checked and cut to the page's limits. Events of another run are ignored. */
export function applyRunEvents(state: OutputState, events: readonly RunEvent[]): OutputState {
  if (state.status !== 'running' || !Array.isArray(events)) return state;
  // A state that is not the newest of its run (a React updater called twice) gets its own copy.
  const log = state.log.length === state.size ? state.log : state.log.slice(0, state.size);
  const start = log.length;
  const tally: Tally = { ...state.tally };
  const reached = new Set(tally.reached);
  let timing = state.timing;
  let trace = state.trace;

  const reach = (limit: RunLimit, shown: number) => {
    if (reached.has(limit)) return;
    reached.add(limit);
    log.push({ kind: 'truncated', id: log.length, limit, shown });
  };
  const charsLeft = () => L.runChars - tally.chars;

  const shownText = (value: unknown): ShownPart => {
    const room = Math.min(L.lineChars, charsLeft());
    const { text: cutText, cut } = asText(value, room);
    let text = cutText;
    if (cut > 0 && room < L.lineChars) reach('chars', L.runChars);
    let cutLines = 0;
    const linesLeft = L.lines - tally.lines;
    const end = endOfLine(text, linesLeft);
    if (end !== -1) {
      cutLines = lineCount(text) - linesLeft;
      text = text.slice(0, end);
    }
    tally.lines += lineCount(text);
    tally.chars += text.length;
    if (cutLines > 0) reach('lines', L.lines);
    return { kind: 'text', text, cutChars: cut, cutLines };
  };

  const shownTable = (columns: unknown[], rows: unknown[]): ShownPart => {
    const width = Math.min(columns.length, L.tableColumns);
    let cutCells = 0;
    const cell = (value: unknown) => {
      const { text, cut } = asText(value, L.cellChars);
      if (cut > 0) cutCells++;
      tally.chars += text.length;
      return text;
    };
    const shownColumns = columns.slice(0, width).map(cell);
    const maxRows = Math.min(Math.floor(L.tableCells / Math.max(1, width)) - 1, L.lines - tally.lines - 1);
    const shownRows: string[][] = [];
    for (const row of rows) {
      if (shownRows.length >= maxRows || charsLeft() <= 0) break;
      const cells = Array.isArray(row) ? row : [];
      shownRows.push(Array.from({ length: width }, (_, c) => cell(cells[c])));
    }
    tally.lines += 1 + shownRows.length;
    if (tally.lines >= L.lines && shownRows.length < rows.length) reach('lines', L.lines);
    if (charsLeft() <= 0 && shownRows.length < rows.length) reach('chars', L.runChars);
    return {
      kind: 'table',
      columns: shownColumns,
      rows: shownRows,
      hiddenRows: rows.length - shownRows.length,
      hiddenColumns: columns.length - width,
      cutCells,
    };
  };

  for (const event of events) {
    if (typeof event !== 'object' || event === null || event.runId !== state.runId) continue;
    if (event.type === 'done') {
      if (typeof event.simulatedMs === 'number' && typeof event.realMs === 'number')
        timing = { simulatedMs: event.simulatedMs, realMs: event.realMs };
      continue;
    }
    if (event.type === 'trace') {
      // One per run: a second one is ignored.
      trace ??= acceptTrace(event);
      continue;
    }
    if (event.type === 'truncated') {
      // The Worker cut its console output; later console events are dropped here as well.
      reach('lines', typeof event.shown === 'number' ? event.shown : tally.lines);
      continue;
    }
    if (tally.events >= L.events) {
      reach('events', L.events);
      continue;
    }
    tally.events++;
    if (reached.has('chars')) continue;
    const id = log.length;
    switch (event.type) {
      case 'console': {
        if (reached.has('lines') || !Array.isArray(event.parts)) break;
        if (tally.lines >= L.lines) {
          reach('lines', L.lines);
          break;
        }
        const parts: ShownPart[] = [];
        for (const p of event.parts as unknown[]) {
          if (tally.lines >= L.lines || reached.has('chars')) break;
          const part = p as Partial<Printed> | null;
          if (part?.kind === 'text') parts.push(shownText(part.text));
          else if (part?.kind === 'table' && Array.isArray(part.columns) && Array.isArray(part.rows))
            parts.push(shownTable(part.columns, part.rows));
        }
        if (parts.length === 0) tally.lines++;
        const level = LEVELS.includes(event.level) ? event.level : 'log';
        log.splice(id, 0, { kind: 'console', id, level, parts });
        renumber(log, id);
        break;
      }
      case 'stats': {
        if (tally.reports >= L.reports) {
          reach('reports', L.reports);
          break;
        }
        tally.reports++;
        const title = asText(event.title, L.titleChars).text;
        const all: unknown[] = Array.isArray(event.lines) ? event.lines : [];
        const lines: string[] = [];
        let cutChars = 0;
        for (const line of all) {
          if (lines.length >= L.reportLines || charsLeft() <= 0) break;
          const { text, cut } = asText(line, Math.min(L.lineChars, charsLeft()));
          cutChars += cut;
          tally.chars += text.length;
          lines.push(text);
        }
        tally.chars += title.length;
        if (charsLeft() <= 0 && lines.length < all.length) reach('chars', L.runChars);
        log.splice(id, 0, { kind: 'stats', id, title, lines, hiddenLines: all.length - lines.length, cutChars });
        renumber(log, id);
        break;
      }
      case 'load': {
        if (tally.reports >= L.reports) {
          reach('reports', L.reports);
          break;
        }
        tally.reports++;
        const all: unknown[] = Array.isArray(event.runs) ? event.runs : [];
        const runs = all.slice(0, L.loadRuns).map(shownLoadRun);
        const title = asText(event.title, L.titleChars).text;
        log.splice(id, 0, { kind: 'load', id, title, runs, hiddenRuns: all.length - runs.length });
        renumber(log, id);
        break;
      }
      case 'error': {
        if (tally.errors >= L.errors) {
          reach('errors', L.errors);
          break;
        }
        tally.errors++;
        const { text: message, cut } = asText(event.message, Math.min(L.errorChars, Math.max(0, charsLeft())));
        tally.chars += message.length;
        const phase = PHASES.includes(event.phase) ? event.phase : 'runtime';
        const line = Number.isInteger(event.line) && event.line! > 0 ? event.line : undefined;
        const column = line !== undefined && Number.isInteger(event.column) && event.column! > 0 ? event.column : undefined;
        log.splice(id, 0, { kind: 'error', id, phase, message, cutChars: cut, line, column });
        renumber(log, id);
        break;
      }
    }
  }
  if (log.length === start && timing === state.timing && trace === state.trace) return state;
  return { ...state, log, size: log.length, tally: { ...tally, reached: [...reached] }, timing, ...(trace ? { trace } : {}) };
}

/** Entries pushed while an entry was being built (limit notes) go after it; ids follow positions. */
function renumber(log: OutputEntry[], from: number) {
  for (let i = from; i < log.length; i++) log[i]!.id = i;
}

/** The run ended; the status says how. */
export function finishOutput(state: OutputState, end: RunEnd): OutputState {
  if (state.status !== 'running') return state;
  const status: RunStatus = end.reason === 'done' ? (end.ok && state.tally.errors === 0 ? 'ok' : 'failed') : end.reason;
  return { ...state, status, end };
}
