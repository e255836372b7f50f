import type { VirtualClock } from '../clock/virtual-clock';
import type { LabHttp } from '../http/fetch';
import { bodyOf, type LabResponse } from '../http/response';
import type { LabTexts } from '../messages';
import type { TraceRecorder } from '../trace/recorder';

/**
 * Blocking calls and a thread pool for them, on virtual time: the lab's version of a synchronous
 * library (Python's `requests.get`, `time.sleep`) and of ThreadPoolExecutor.
 *
 * On the main thread a blocking call stalls the event loop: virtual time jumps ahead and nothing
 * else runs meanwhile (timers fire late). Inside a thread-pool task it holds only that task's
 * thread: the task finishes after the time its blocking calls add up to, while other threads
 * and the event loop go on. At most `maxWorkers` tasks hold a thread at once.
 */

interface TaskContext {
  blockedMs: number;
  startedAtUnixMs: number;
}

/** A response whose body is read synchronously, as a blocking library hands it over. */
interface SyncResponse {
  status: number;
  ok: boolean;
  url: string;
  headers: Headers;
  text(): string;
  json(): unknown;
}

interface ThreadPoolOptions {
  /** Threads (ThreadPoolExecutor's max_workers); default 5. */
  maxWorkers?: number;
}

/** Counters for reports. */
interface BlockingStats {
  mainThreadBlockedMs: number;
  tasks: number;
}

export function createBlocking(
  clock: Pick<VirtualClock, 'block' | 'schedule' | 'nowMs'>,
  http: LabHttp,
  nowUnixMs: () => number,
  texts: LabTexts,
  trace?: TraceRecorder,
) {
  let current: TaskContext | null = null;
  const stats: BlockingStats = { mainThreadBlockedMs: 0, tasks: 0 };

  /** On the main thread the stall is a span of its own; inside a task it adds to the task's span. */
  function block(ms: number, label: string): void {
    if (current) current.blockedMs += ms;
    else {
      stats.mainThreadBlockedMs += ms;
      const span = trace?.begin('blocking', label) ?? null;
      clock.block(ms);
      trace?.end(span);
    }
  }

  function toSync(res: LabResponse): SyncResponse {
    const body = bodyOf(res);
    return {
      status: res.status,
      ok: res.ok,
      url: res.url,
      headers: res.headers,
      text: () => body,
      json: () => JSON.parse(body) as unknown,
    };
  }

  /** A blocking GET (like `requests.get`): the caller's thread waits out the service's latency. */
  function fetchSync(url: string, init: RequestInit = {}): SyncResponse {
    const at = current ? current.startedAtUnixMs + current.blockedMs : nowUnixMs();
    const req = http.request(url, init, at);
    block(req.latencyMs, `fetchSync ${(init.method ?? 'GET').toUpperCase()} ${String(url)}`);
    return toSync(req.response());
  }

  /** A blocking sleep (like `time.sleep`). */
  function sleepSync(ms: number): void {
    const n = Math.max(0, Number(ms) || 0);
    block(n, `sleepSync(${n})`);
  }

  /** A pool of virtual threads for blocking calls, like ThreadPoolExecutor. */
  function createThreadPool(options: ThreadPoolOptions = {}) {
    const size = options.maxWorkers ?? 5;
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`maxWorkers must be an integer ≥ 1, got ${String(options.maxWorkers)}.`);
    const queue: (() => void)[] = [];
    let busy = 0;
    let closed = false;

    const startNext = () => {
      while (busy < size && queue.length > 0) {
        busy++;
        queue.shift()!();
      }
    };

    function submit<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<R> {
      if (closed) return Promise.reject(new Error(texts.poolClosed));
      if (typeof fn !== 'function') return Promise.reject(new TypeError(texts.notAFunction));
      return new Promise<R>((resolve, reject) => {
        queue.push(() => {
          // The task runs on its thread after the code that submitted it, as a real thread would.
          clock.schedule(0, () => {
            const ctx: TaskContext = { blockedMs: 0, startedAtUnixMs: nowUnixMs() };
            const startMs = clock.nowMs();
            let outcome: { ok: true; value: R } | { ok: false; error: unknown };
            const outer = current;
            current = ctx;
            try {
              outcome = { ok: true, value: fn(...args) };
            } catch (error) {
              outcome = { ok: false, error };
            } finally {
              current = outer;
            }
            stats.tasks++;
            trace?.record('thread-pool', `${fn.name || 'task'}()`, startMs, startMs + ctx.blockedMs, {
              blockedMs: ctx.blockedMs,
              maxWorkers: size,
            });
            clock.schedule(ctx.blockedMs, () => {
              busy--;
              startNext();
              if (outcome.ok) resolve(outcome.value);
              else reject(outcome.error);
            });
          });
        });
        startNext();
      });
    }

    return {
      maxWorkers: size,
      submit,
      /** `fn` over every item on the pool's threads, results in input order (executor.map). */
      map<T, R>(fn: (item: T) => R, items: Iterable<T>): Promise<R[]> {
        return Promise.all([...items].map((item) => submit(fn, item)));
      },
      /** Refuses new tasks (executor.shutdown). */
      shutdown(): void {
        closed = true;
      },
    };
  }

  return { fetchSync, sleepSync, createThreadPool, stats };
}
