import type { CpuTaskResult, CpuThread } from './threads';
import type { TaskMessage } from './thread-script';

/** The part of a Worker (browser or Node) a CPU thread uses. */
interface MessagePortLike {
  postMessage(message: TaskMessage): void;
  terminate(): unknown;
}

/**
 * A CpuThread over any worker: matches replies to requests by id, and fails pending tasks when
 * the worker dies (an uncaught error or a crash), so no task waits forever.
 */
export function messageThread(
  worker: MessagePortLike,
  subscribe: (onReply: (data: { id: number; result: CpuTaskResult }) => void, onDeath: (message: string) => void) => void,
): CpuThread {
  let nextId = 1;
  const pending = new Map<number, (r: CpuTaskResult) => void>();
  subscribe(
    ({ id, result }) => {
      pending.get(id)?.(result);
      pending.delete(id);
    },
    (message) => {
      for (const resolve of pending.values()) resolve({ ok: false, error: { name: 'Error', message }, realMs: 0 });
      pending.clear();
    },
  );
  return {
    run(source, args) {
      const id = nextId++;
      return new Promise<CpuTaskResult>((resolve) => {
        pending.set(id, resolve);
        try {
          worker.postMessage({ id, source, args });
        } catch (e) {
          pending.delete(id);
          resolve({ ok: false, error: { name: 'DataCloneError', message: e instanceof Error ? e.message : String(e) }, realMs: 0 });
        }
      });
    },
    terminate() {
      void worker.terminate();
    },
  };
}
