/**
 * The program's timers with a span each: from `setTimeout` to its callback (or to its
 * `clearTimeout`), and one span per period of a `setInterval`. Zero-delay timers and
 * `setImmediate` take no virtual time and would only crowd the view, so they leave none.
 */
import { normalizeDelayMs, type VirtualClock } from '../clock/virtual-clock';
import type { OpenSpan, TraceRecorder } from './recorder';

type Timers = ReturnType<VirtualClock['timers']>;
type Callback = (...args: unknown[]) => void;

/** `timers` with spans in `trace`; the ids and semantics stay the clock's own. */
export function traceTimers(timers: Timers, trace: TraceRecorder): Timers {
  if (!trace.enabled) return timers;
  const open = new Map<number, OpenSpan>();
  const clear = (id: unknown) => {
    const key = Number(id);
    const span = open.get(key);
    if (span !== undefined) {
      trace.end(span, { cancelled: true });
      open.delete(key);
    }
  };
  return {
    ...timers,
    setTimeout(callback, delay, ...args) {
      const ms = normalizeDelayMs(delay);
      if (ms === 0 || typeof callback !== 'function') return timers.setTimeout(callback, delay, ...args);
      const span = trace.begin('timer', `setTimeout ${ms} ms`);
      const id = timers.setTimeout(
        (...a: unknown[]) => {
          open.delete(id);
          trace.end(span);
          (callback as Callback)(...a);
        },
        delay,
        ...args,
      );
      open.set(id, span);
      return id;
    },
    setInterval(callback, delay, ...args) {
      if (typeof callback !== 'function') return timers.setInterval(callback, delay, ...args);
      const ms = Math.max(1, normalizeDelayMs(delay));
      const label = `setInterval ${ms} ms`;
      const id = timers.setInterval(
        (...a: unknown[]) => {
          trace.end(open.get(id) ?? null);
          open.set(id, trace.begin('timer', label));
          (callback as Callback)(...a);
        },
        delay,
        ...args,
      );
      open.set(id, trace.begin('timer', label));
      return id;
    },
    clearTimeout: (id) => {
      clear(id);
      timers.clearTimeout(id);
    },
    clearInterval: (id) => {
      clear(id);
      timers.clearInterval(id);
    },
  };
}

/** A promise timer (`sleep`, `timers/promises`) with its span. */
export function tracedDelay(delay: (ms: number) => Promise<void>, trace: TraceRecorder, ms: number, label: string): Promise<void> {
  if (ms <= 0 || !trace.enabled) return delay(ms);
  const span = trace.begin('timer', label);
  return delay(ms).then(() => trace.end(span));
}
