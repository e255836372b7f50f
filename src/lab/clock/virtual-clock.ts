/**
 * The lab's virtual clock: simulated time that I/O latencies, TTLs, rate-limit windows, pool
 * timeouts and the program's own timers all share. Time only moves when the runner fires the
 * next timer, so runs are instant and deterministic.
 *
 * Time is kept in whole nanoseconds (the latency model has sub-millisecond figures such as a
 * 500 µs round trip, which millisecond fake-timer libraries round away); the API speaks
 * milliseconds as `setTimeout` and `performance.now()` do.
 */
import { Heap } from '../heap';

/** Wall-clock date the virtual clock starts at, so `new Date()` prints a sensible date. */
export const VIRTUAL_EPOCH_MS = Date.UTC(2026, 0, 1, 9, 0, 0);

const NS_PER_MS = 1_000_000;

/** Handle of a scheduled callback (a number, as in browsers). */
type TimerId = number;

interface Timer {
  id: TimerId;
  atNs: number;
  seq: number;
  callback: () => void;
  intervalNs: number | null;
  cancelled: boolean;
}

/** Converts a program-supplied delay the way browsers do: not a number or negative → 0, fractions truncated. */
export function normalizeDelayMs(delay: unknown): number {
  const n = Math.trunc(Number(delay));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Timers fire by due time, then by creation: the order Node and browsers fire them. */
function before(a: Timer, b: Timer): boolean {
  return a.atNs < b.atNs || (a.atNs === b.atNs && a.seq < b.seq);
}

/** The program-facing timer functions, bound to one clock. */
interface VirtualTimers {
  setTimeout(callback: (...args: unknown[]) => void, delay?: unknown, ...args: unknown[]): TimerId;
  clearTimeout(id: unknown): void;
  setInterval(callback: (...args: unknown[]) => void, delay?: unknown, ...args: unknown[]): TimerId;
  clearInterval(id: unknown): void;
  setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): TimerId;
  clearImmediate(id: unknown): void;
}

/** A `performance`-like object on virtual time. */
interface VirtualPerformance {
  now(): number;
  readonly timeOrigin: number;
}

export class VirtualClock {
  private nowNs = 0;
  private seq = 0;
  private nextId = 1;
  private readonly heap = new Heap<Timer>(before);
  private readonly byId = new Map<TimerId, Timer>();
  /** How many timer callbacks have run; the runner caps it to stop runaway intervals. */
  firedCount = 0;

  /** Milliseconds since the run started (fractional: 0.5 after one same-datacenter round trip). */
  nowMs(): number {
    return this.nowNs / NS_PER_MS;
  }

  /** Runs `callback` after `delayMs` of virtual time (fractions allowed: this is the lab's own I/O scheduling). */
  schedule(delayMs: number, callback: () => void, intervalMs: number | null = null): TimerId {
    const id = this.nextId++;
    const delayNs = Math.max(0, Math.round(delayMs * NS_PER_MS));
    const timer: Timer = {
      id,
      atNs: this.nowNs + delayNs,
      seq: this.seq++,
      callback,
      intervalNs: intervalMs === null ? null : Math.max(NS_PER_MS, Math.round(intervalMs * NS_PER_MS)),
      cancelled: false,
    };
    this.heap.push(timer);
    this.byId.set(id, timer);
    return id;
  }

  /** Cancels a scheduled callback; unknown ids are ignored, as `clearTimeout` does. */
  cancel(id: unknown): void {
    const key = typeof id === 'object' && id !== null ? Number(id) : (id as number);
    const timer = this.byId.get(key);
    if (timer) {
      timer.cancelled = true;
      this.byId.delete(key);
    }
  }

  /** A promise that resolves after `ms` of virtual time: how every simulated I/O waits. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => this.schedule(ms, resolve));
  }

  /** Due time of the next timer in ms, or null when none is scheduled. */
  nextDueMs(): number | null {
    this.dropCancelled();
    const t = this.heap.peek();
    return t ? Math.max(t.atNs, this.nowNs) / NS_PER_MS : null;
  }

  /**
   * Moves time to the next timer and runs it. Returns false when none is scheduled. Time never
   * goes backwards: a timer that fell due during a blocking stretch runs late, as on a real loop.
   */
  fireNext(): boolean {
    this.dropCancelled();
    const timer = this.heap.pop();
    if (!timer) return false;
    this.nowNs = Math.max(this.nowNs, timer.atNs);
    if (timer.intervalNs !== null) {
      timer.atNs = this.nowNs + timer.intervalNs;
      timer.seq = this.seq++;
      this.heap.push(timer);
    } else {
      this.byId.delete(timer.id);
    }
    this.firedCount++;
    timer.callback();
    return true;
  }

  /**
   * Moves time forward by `ms` without running anything, as a blocking call stalls an event loop:
   * timers that fall due meanwhile run afterwards, late.
   */
  block(ms: number): void {
    this.nowNs += Math.max(0, Math.round(ms * NS_PER_MS));
  }

  private dropCancelled(): void {
    while (this.heap.size > 0 && this.heap.peek()!.cancelled) this.heap.pop();
  }

  /** Timer functions for a program: browser semantics for delays (no 1 ms minimum). */
  timers(): VirtualTimers {
    const make =
      (interval: boolean) =>
      (callback: (...args: unknown[]) => void, delay?: unknown, ...args: unknown[]): TimerId => {
        if (typeof callback !== 'function') {
          throw new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`);
        }
        const ms = normalizeDelayMs(delay);
        return this.schedule(ms, () => callback(...args), interval ? Math.max(1, ms) : null);
      };
    const clear = (id: unknown) => this.cancel(id);
    return {
      setTimeout: make(false),
      setInterval: make(true),
      setImmediate: (callback, ...args) => make(false)(callback, 0, ...args),
      clearTimeout: clear,
      clearInterval: clear,
      clearImmediate: clear,
    };
  }

  /** A `performance` whose `now()` is virtual milliseconds since the run started. */
  performance(): VirtualPerformance {
    return { now: () => this.nowMs(), timeOrigin: VIRTUAL_EPOCH_MS };
  }

  /** A `Date` class whose "now" is the virtual clock (constructing from arguments works as usual). */
  dateClass(): DateConstructor {
    const RealDate = Date;
    const nowEpoch = () => VIRTUAL_EPOCH_MS + Math.floor(this.nowMs());
    class VirtualDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(nowEpoch());
        else super(...(args as [string]));
      }
      static override now(): number {
        return nowEpoch();
      }
    }
    return VirtualDate as unknown as DateConstructor;
  }
}
