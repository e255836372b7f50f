import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { messageThread } from './message-thread';
import { nodeThreadScript } from './thread-script';
import type { CpuThreads } from './threads';

/** Node's CPU threads: one `worker_threads` Worker per pool thread. */
export const nodeThreads: CpuThreads = {
  cores: availableParallelism(),
  spawn() {
    const worker = new Worker(nodeThreadScript, { eval: true });
    return messageThread(worker, (onReply, onDeath) => {
      worker.on('message', onReply);
      worker.on('error', (e: Error) => onDeath(e.message));
      worker.on('exit', (code) => onDeath(`CPU thread exited (code ${code})`));
    });
  },
};
