/**
 * The page's side of running playground programs: one fresh Worker per run (so nothing a program
 * leaves behind reaches the next), a spare Worker loaded in advance so a run starts at once, and
 * the wall-clock limit after which a run's Worker is terminated. Pure: the Worker factory and the
 * timers are passed in, so the time-limit logic runs under fake timers in tests.
 */
import { RUN_TIME_LIMIT_MS, type RunEvent, type RunRequest, type WorkerMessage } from '../runner/protocol';
import { PAGE_OUTPUT_LIMITS } from './output-limits';

/** How a run ended. */
export type RunEnd =
  | { reason: 'done'; ok: boolean }
  /** Past the wall-clock limit: the Worker was terminated (an infinite loop, most likely). */
  | { reason: 'time-limit'; limitMs: number }
  /** The reader pressed Stop. */
  | { reason: 'stopped' }
  /** The Worker itself failed (it could not load, or died). */
  | { reason: 'crashed'; message: string }
  /** The Worker sent more events than the page takes from one run: it was terminated. */
  | { reason: 'flooded'; events: number };

/** The part of `Worker` used here. */
export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  /** A message that could not be read (the Worker sent something that cannot be cloned here). */
  onmessageerror?: (() => void) | null;
}

interface TimerApi {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

interface WorkerHostOptions {
  spawn: () => WorkerLike;
  timers: TimerApi;
  /** Wall-clock limit of one run, counted from when its Worker is ready. */
  limitMs?: number;
  /** How long a Worker may take to load before the run is reported as crashed. */
  loadLimitMs?: number;
  /** Events one run may send before the page ends it. */
  floodLimit?: number;
}

/** What a run needs besides the ids the host assigns. */
type RunInput = Omit<RunRequest, 'type' | 'runId'>;

export interface RunHandle {
  readonly runId: number;
  /** Ends the run now: its Worker is terminated. */
  stop(): void;
  readonly finished: Promise<RunEnd>;
}

export interface WorkerHost {
  /** Starts loading a Worker for the next run, if none is loading or loaded. */
  warm(): void;
  /** Runs a program; `onEvents` receives its events in order, until and including `done`. */
  run(input: RunInput, onEvents: (events: RunEvent[]) => void): RunHandle;
  /** Ends every run and drops the spare Worker. */
  dispose(): void;
}

interface Slot {
  worker: WorkerLike;
  ready: boolean;
  run?: ActiveRun;
}

interface ActiveRun {
  runId: number;
  slot: Slot;
  onEvents: (events: RunEvent[]) => void;
  timer?: unknown;
  /** Events received so far. */
  received: number;
  ended: boolean;
  resolve: (end: RunEnd) => void;
}

/** Whether a message from a Worker has the shape the protocol promises (anything else is ignored). */
export function isWorkerMessage(data: unknown): data is WorkerMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { type?: unknown; events?: unknown };
  return m.type === 'ready' || (m.type === 'events' && Array.isArray(m.events));
}

/** Creates the host; nothing is loaded until `warm` or `run`. */
export function createWorkerHost(options: WorkerHostOptions): WorkerHost {
  const limitMs = options.limitMs ?? RUN_TIME_LIMIT_MS;
  const loadLimitMs = options.loadLimitMs ?? 3 * limitMs;
  const floodLimit = options.floodLimit ?? PAGE_OUTPUT_LIMITS.flood;
  const { timers } = options;
  let spare: Slot | undefined;
  let nextRunId = 1;
  let disposed = false;
  const active = new Set<ActiveRun>();

  function createSlot(): Slot {
    const slot: Slot = { worker: options.spawn(), ready: false };
    slot.worker.onmessage = (event) => onMessage(slot, event.data);
    slot.worker.onerror = (event) => {
      event.preventDefault?.();
      onWorkerError(slot, event.message);
    };
    slot.worker.onmessageerror = () => onWorkerError(slot, 'unreadable message');
    return slot;
  }

  function onMessage(slot: Slot, data: unknown) {
    if (!isWorkerMessage(data)) return;
    if (data.type === 'ready') {
      slot.ready = true;
      if (slot.run && !slot.run.ended) startLimit(slot.run, limitMs, { reason: 'time-limit', limitMs });
      return;
    }
    const run = slot.run;
    if (!run || run.ended) return;
    run.received += data.events.length;
    if (run.received > floodLimit) {
      finish(run, { reason: 'flooded', events: floodLimit });
      return;
    }
    const mine: RunEvent[] = [];
    let done: Extract<RunEvent, { type: 'done' }> | undefined;
    for (const event of data.events) {
      if (typeof event !== 'object' || event === null || event.runId !== run.runId) continue;
      mine.push(event);
      if (event.type === 'done') {
        done = event;
        break;
      }
    }
    if (mine.length > 0) run.onEvents(mine);
    if (done) finish(run, { reason: 'done', ok: done.ok });
  }

  function onWorkerError(slot: Slot, message: string | undefined) {
    if (slot === spare) {
      // A spare that fails to load is dropped; the next run spawns a new one and reports the failure.
      slot.worker.terminate();
      spare = undefined;
      return;
    }
    if (slot.run && !slot.run.ended) finish(slot.run, { reason: 'crashed', message: message || 'worker error' });
  }

  function startLimit(run: ActiveRun, ms: number, end: RunEnd) {
    if (run.timer !== undefined) timers.clear(run.timer);
    run.timer = timers.set(() => finish(run, end), ms);
  }

  function finish(run: ActiveRun, end: RunEnd) {
    if (run.ended) return;
    run.ended = true;
    if (run.timer !== undefined) timers.clear(run.timer);
    // A Worker serves one run: whatever the program left running dies with it.
    run.slot.worker.onmessage = null;
    run.slot.worker.onerror = null;
    run.slot.worker.onmessageerror = null;
    run.slot.worker.terminate();
    active.delete(run);
    run.resolve(end);
    if (!disposed) warm();
  }

  function warm() {
    if (disposed || spare) return;
    spare = createSlot();
  }

  function run(input: RunInput, onEvents: (events: RunEvent[]) => void): RunHandle {
    if (disposed) throw new Error('worker host disposed');
    const slot = spare ?? createSlot();
    spare = undefined;
    const runId = nextRunId++;
    let resolve!: (end: RunEnd) => void;
    const finished = new Promise<RunEnd>((r) => (resolve = r));
    const activeRun: ActiveRun = { runId, slot, onEvents, received: 0, ended: false, resolve };
    slot.run = activeRun;
    active.add(activeRun);
    if (slot.ready) startLimit(activeRun, limitMs, { reason: 'time-limit', limitMs });
    else startLimit(activeRun, loadLimitMs, { reason: 'crashed', message: 'worker did not load' });
    slot.worker.postMessage({ type: 'run', runId, ...input });
    return { runId, stop: () => finish(activeRun, { reason: 'stopped' }), finished };
  }

  function dispose() {
    disposed = true;
    for (const r of [...active]) finish(r, { reason: 'stopped' });
    spare?.worker.terminate();
    spare = undefined;
  }

  return { warm, run, dispose };
}
