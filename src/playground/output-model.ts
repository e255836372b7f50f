/**
 * What a playground's output panel shows, as a pure state updated by the runner's events and by
 * how the run ended. The island renders it; tests drive it without a browser.
 */
import { OUTPUT_LINE_CAP, type ConsoleLevel, type Printed, type RunEvent } from '../runner/protocol';
import type { RunEnd } from './worker-host';

export type OutputEntry =
  | { kind: 'console'; id: number; level: ConsoleLevel; parts: Printed[] }
  | { kind: 'stats'; id: number; title: string; lines: string[] }
  | { kind: 'error'; id: number; phase: 'compile' | 'runtime' | 'unhandled-rejection'; message: string; line?: number; column?: number }
  | { kind: 'truncated'; id: number; shown: number };

type RunStatus = 'idle' | 'running' | 'ok' | 'failed' | 'stopped' | 'time-limit' | 'crashed';

export interface OutputState {
  status: RunStatus;
  runId?: number;
  entries: OutputEntry[];
  /** Simulated (lab clock) and real elapsed time, when the run reached its end. */
  timing?: { simulatedMs: number; realMs: number };
  /** How the run ended, when it did. */
  end?: RunEnd;
}

/** Before the first run. */
export function idleOutput(): OutputState {
  return { status: 'idle', entries: [] };
}

/** A run has been posted. */
export function startOutput(runId: number): OutputState {
  return { status: 'running', runId, entries: [] };
}

function consoleCount(entries: readonly OutputEntry[]): number {
  let n = 0;
  for (const e of entries) if (e.kind === 'console') n++;
  return n;
}

/**
 * Adds a run's events. Events of another run are ignored; console entries past the cap are
 * dropped here too, so a misbehaving Worker still cannot make the page render without bound.
 */
export function applyRunEvents(state: OutputState, events: readonly RunEvent[]): OutputState {
  if (state.status !== 'running') return state;
  const entries = [...state.entries];
  let truncated = entries.some((e) => e.kind === 'truncated');
  let shown = consoleCount(entries);
  let timing = state.timing;
  for (const event of events) {
    if (event.runId !== state.runId) continue;
    const id = entries.length;
    switch (event.type) {
      case 'console':
        if (truncated) break;
        if (shown >= OUTPUT_LINE_CAP) {
          truncated = true;
          entries.push({ kind: 'truncated', id, shown });
          break;
        }
        shown++;
        entries.push({ kind: 'console', id, level: event.level, parts: event.parts });
        break;
      case 'stats':
        entries.push({ kind: 'stats', id, title: event.title, lines: event.lines });
        break;
      case 'truncated':
        if (!truncated) entries.push({ kind: 'truncated', id, shown: event.shown });
        truncated = true;
        break;
      case 'error':
        entries.push({ kind: 'error', id, phase: event.phase, message: event.message, line: event.line, column: event.column });
        break;
      case 'done':
        timing = { simulatedMs: event.simulatedMs, realMs: event.realMs };
        break;
    }
  }
  return { ...state, entries, timing };
}

/** The run ended; the status says how. */
export function finishOutput(state: OutputState, end: RunEnd): OutputState {
  if (state.status !== 'running') return state;
  const status: RunStatus =
    end.reason === 'done' ? (end.ok && !state.entries.some((e) => e.kind === 'error') ? 'ok' : 'failed') : end.reason;
  return { ...state, status, end };
}
