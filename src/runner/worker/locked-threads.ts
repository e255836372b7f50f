/**
 * The lab's CPU threads for the playground Worker, locked down like the Worker itself: each
 * thread runs the lock-down before the lab's thread script, so a task (a function from the
 * reader's program) cannot reach the network either. The Worker constructor and Blob URLs are
 * passed in because the runner's own lock-down removes them from its scope afterwards.
 */
import { messageThread } from '../../lab/cpu/message-thread';
import { browserThreadScript } from '../../lab/cpu/thread-script';
import type { CpuThreads } from '../../lab/cpu/threads';
import { lockDownScript } from './lockdown';

interface ThreadWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
}

/** CPU threads started from a Blob URL holding the lock-down followed by the lab's thread script. */
export function lockedBrowserThreads(
  createWorker: (url: string) => ThreadWorker,
  createUrl: (blob: Blob) => string,
  cores: number,
): CpuThreads {
  let url: string | undefined;
  return {
    cores,
    spawn() {
      url ??= createUrl(new Blob([lockDownScript({ keepMessaging: true }), browserThreadScript], { type: 'text/javascript' }));
      const worker = createWorker(url);
      return messageThread(worker, (onReply, onDeath) => {
        worker.onmessage = (e) => onReply(e.data as Parameters<typeof onReply>[0]);
        worker.onerror = (e) => {
          e.preventDefault();
          onDeath(e.message);
        };
      });
    },
  };
}
