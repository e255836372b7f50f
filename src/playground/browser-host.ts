/**
 * The one Worker host of a page, shared by its playgrounds: the spare Worker loaded for one
 * playground serves whichever runs next. Browser-only (it creates Workers).
 */
import { createWorkerHost, type WorkerHost, type WorkerLike } from './worker-host';

let host: WorkerHost | undefined;

/** The page's Worker host, created on first use. */
export function pageWorkerHost(): WorkerHost {
  host ??= createWorkerHost({
    spawn: () => new Worker(new URL('../runner/worker/worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
    timers: {
      set: (callback, ms) => window.setTimeout(callback, ms),
      clear: (handle) => window.clearTimeout(handle as number),
    },
  });
  return host;
}
