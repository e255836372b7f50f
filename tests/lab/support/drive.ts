import { nextMacrotask } from '~/lab/clock/macrotask';
import type { VirtualClock } from '~/lab/clock/virtual-clock';

/**
 * Runs `work` on a virtual clock the way the runner does: let every ready continuation run, then
 * fire the next timer, until the work settles. Resolves with its value (or rejects with its error).
 */
export async function drive<T>(clock: VirtualClock, work: Promise<T>): Promise<T> {
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  settled.catch(() => {});
  for (;;) {
    await nextMacrotask();
    if (done) return settled;
    if (!clock.fireNext()) throw new Error('work is waiting for nothing');
  }
}
