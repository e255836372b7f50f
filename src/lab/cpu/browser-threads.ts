import { messageThread } from './message-thread';
import { browserThreadScript } from './thread-script';
import type { CpuThreads } from './threads';

let scriptUrl: string | undefined;

/**
 * Browser CPU threads: module-less Workers started from a same-origin Blob URL holding the
 * thread script, so no extra file or request is needed. Usable from a page or from a Worker.
 */
export const browserThreads: CpuThreads = {
  cores: typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2,
  spawn() {
    scriptUrl ??= URL.createObjectURL(new Blob([browserThreadScript], { type: 'text/javascript' }));
    const worker = new Worker(scriptUrl);
    return messageThread(worker, (onReply, onDeath) => {
      worker.onmessage = (e: MessageEvent) => onReply(e.data as Parameters<typeof onReply>[0]);
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        onDeath(e.message);
      };
    });
  },
};
