import { esModule, type LabPart, type PartContext } from '../part';
import { tracedDelay } from '../trace/traced-timers';
import { realNow } from './macrotask';

/** The `@lab/clock` part: virtual time for I/O and timers; real time for CPU work. */
export function clockPart({ clock, trace }: PartContext): LabPart {
  const delay = (ms: number) => clock.delay(ms);
  const wait = (name: string) => (ms: number) => {
    const n = Math.max(0, Number(ms) || 0);
    return tracedDelay(delay, trace, n, `${name}(${n})`);
  };
  return {
    module: esModule({
      /** Virtual milliseconds since the run started (the same as `performance.now()`). */
      now: () => clock.nowMs(),
      /** Waits `ms` of virtual time; timers due meanwhile fire. `await sleep(3_600_000)` is an hour. */
      sleep: wait('sleep'),
      /** Same as sleep: lets a program jump ahead (an hour, a day) and see TTLs expire. */
      advance: wait('advance'),
      /** Moves virtual time like a blocking call would: nothing else runs meanwhile, due timers run late. */
      block: (ms: number) => {
        const n = Math.max(0, Number(ms) || 0);
        const span = trace.begin('blocking', `block(${n})`);
        clock.block(n);
        trace.end(span);
      },
      /** The real clock (ms), for CPU-bound work that runs on real cores. */
      realNow,
    }),
    report: () => null,
  };
}
