/**
 * The playground Worker: locks its scope down, then runs one program per Worker against the lab
 * and posts its events to the page (see protocol.ts). The page terminates it after the run.
 */
import { locales } from '../../i18n/locales';
import { nextMacrotask, realNow } from '../../lab/clock/macrotask';
import { lockDown } from './lockdown';
import { lockedBrowserThreads } from './locked-threads';
import { createWorkerRun } from './worker-run';
import { frameLocation } from '../error-location';
import { MAX_PROGRAM_CHARS, type RunRequest, type WorkerMessage } from '../protocol';
import { runProgram, wrapperLineOffset } from '../run-program';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  setTimeout(callback: () => void, ms: number): unknown;
  addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown; preventDefault(): void }) => void): void;
  addEventListener(type: 'error', listener: (e: { error: unknown; message: string; preventDefault(): void }) => void): void;
  onmessage: ((e: { data: unknown }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
// Taken before the lock-down removes them from the scope.
const post = scope.postMessage.bind(scope);
const later = scope.setTimeout.bind(scope);
const RealWorker = (globalThis as unknown as { Worker: new (url: string) => never }).Worker;
const cpu = lockedBrowserThreads(
  (url) => new RealWorker(url),
  URL.createObjectURL.bind(URL),
  globalThis.navigator?.hardwareConcurrency || 2,
);
const lock = lockDown(globalThis as unknown as Record<string, unknown>);

let lineOffset: number | undefined;
const workerRun = createWorkerRun({
  runProgram,
  post,
  realNow,
  later: (cb, ms) => void later(cb, ms),
  nextTask: nextMacrotask,
  cpu,
  beforeCompile: () => lock.allowNextCompile(),
  locate(stack, filename) {
    const at = frameLocation(stack, filename);
    if (!at || lineOffset === undefined) return undefined;
    const line = at.line - lineOffset;
    return line >= 1 ? { line, column: at.column } : undefined;
  },
});

scope.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  workerRun.unhandledRejection(e.reason);
});
scope.addEventListener('error', (e) => {
  e.preventDefault();
  workerRun.uncaughtError(e.error, e.message);
});

function isRunRequest(data: unknown): data is RunRequest {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Record<string, unknown>;
  return (
    r.type === 'run' &&
    typeof r.runId === 'number' &&
    typeof r.source === 'string' &&
    r.source.length <= MAX_PROGRAM_CHARS &&
    typeof r.filename === 'string' &&
    (locales as readonly unknown[]).includes(r.locale)
  );
}

// The runner's line probe compiles once, before any program does: the lock-down lets that compile through.
lock.allowNextCompile();
const ready = wrapperLineOffset()
  .then((offset) => void (lineOffset = offset))
  .catch(() => undefined)
  .then(() => post({ type: 'ready' }));

scope.onmessage = (e) => {
  if (isRunRequest(e.data)) {
    const request = e.data;
    void ready.then(() => workerRun.run(request));
  }
};
