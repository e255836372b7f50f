import { esModule, type LabPart, type PartContext } from '../part';
import { realNow } from './macrotask';

/** The `@lab/clock` part: virtual time for I/O and timers; real time for CPU work. */
export function clockPart({ clock }: PartContext): LabPart {
  return {
    module: esModule({
      /** Virtual milliseconds since the run started (the same as `performance.now()`). */
      now: () => clock.nowMs(),
      /** Waits `ms` of virtual time; timers due meanwhile fire. `await sleep(3_600_000)` is an hour. */
      sleep: (ms: number) => clock.delay(Math.max(0, Number(ms) || 0)),
      /** Same as sleep: lets a program jump ahead (an hour, a day) and see TTLs expire. */
      advance: (ms: number) => clock.delay(Math.max(0, Number(ms) || 0)),
      /** Moves virtual time like a blocking call would: nothing else runs meanwhile, due timers run late. */
      block: (ms: number) => clock.block(Math.max(0, Number(ms) || 0)),
      /** The real clock (ms), for CPU-bound work that runs on real cores. */
      realNow,
    }),
    report: () => null,
  };
}
