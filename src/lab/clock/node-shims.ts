import { esModule, type LabPart, type PartContext } from '../part';

/** `node:perf_hooks`: a `performance` on virtual time. */
export function perfHooksPart({ clock }: PartContext): LabPart {
  return { module: esModule({ performance: clock.performance() }), report: () => null };
}

/** `node:timers/promises`: promise timers on virtual time. */
export function timersPromisesPart({ clock }: PartContext): LabPart {
  return {
    module: esModule({
      setTimeout: (ms?: number, value?: unknown) => clock.delay(Math.max(0, Math.trunc(Number(ms)) || 0)).then(() => value),
      setImmediate: (value?: unknown) => clock.delay(0).then(() => value),
    }),
    report: () => null,
  };
}
