import { esModule, type LabPart, type PartContext } from '../part';
import { tracedDelay } from '../trace/traced-timers';

/** `node:perf_hooks`: a `performance` on virtual time. */
export function perfHooksPart({ performance }: PartContext): LabPart {
  return { module: esModule({ performance }), report: () => null };
}

/** `node:timers/promises`: promise timers on virtual time. */
export function timersPromisesPart({ clock, trace }: PartContext): LabPart {
  const delay = (ms: number) => clock.delay(ms);
  return {
    module: esModule({
      setTimeout: (ms?: number, value?: unknown) => {
        const wait = Math.max(0, Math.trunc(Number(ms)) || 0);
        return tracedDelay(delay, trace, wait, `setTimeout ${wait} ms`).then(() => value);
      },
      setImmediate: (value?: unknown) => clock.delay(0).then(() => value),
    }),
    report: () => null,
  };
}
