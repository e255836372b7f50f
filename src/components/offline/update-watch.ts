/**
 * The page's side of the service worker: registering it, and hearing when a newer deploy's worker
 * takes over. Pure: it gets `navigator.serviceWorker` (or a fake) passed in.
 */
import { serviceWorkerFile } from '../../data/service-worker';

/** What this needs of `navigator.serviceWorker`. */
export interface WorkerContainer {
  readonly controller: object | null;
  register(scriptURL: string, options: { scope: string }): Promise<unknown>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/**
 * Calls `onUpdateReady` when a new worker takes over this page while an older one served it. The
 * site's worker takes over as soon as its precache is complete (src/build/service-worker/options.ts),
 * so that is the moment a newer version is ready offline and on the next page. A page no worker
 * served (a first visit, a hard reload) came from the network: the worker that then claims it
 * brings the version it already shows. Call it as the page starts, so that no takeover is missed.
 */
export function watchForUpdates(container: WorkerContainer, onUpdateReady: () => void): void {
  const servedByOlder = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (servedByOlder) onUpdateReady();
  });
}

/**
 * Registers the site's worker for every page under `base`. A refusal is not an error for the page:
 * browsers refuse where the reader blocks site data, or in private windows, and the site then works
 * online as it would without a worker.
 */
export async function registerWorker(container: WorkerContainer, base: string): Promise<void> {
  try {
    await container.register(`${base}${serviceWorkerFile}`, { scope: base });
  } catch {
    // Nothing to do: offline reading is a bonus, never a condition.
  }
}
