import { nextMacrotask } from '~/lab/clock/macrotask';
import type { VirtualClock } from '~/lab/clock/virtual-clock';

/**
 * Runs `work` on a virtual clock the way the runner does: let every ready continuation run, then
 * fire the next timer, until the work settles. Resolves with its value (or rejects with its error).
 * The runner's loop (runProgram) needs a program and a whole world, and adds what only a program
 * run has (real CPU work, runaway-timer caps, idle detection); these tests drive one part on a
 * bare clock, so a stall fails at once instead.
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
