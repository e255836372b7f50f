import type { RealWork } from '../clock/real-work';
import type { LabTexts } from '../messages';
import type { CpuThread, CpuThreads } from './threads';

/** Options of `createPool`; `size` defaults to the number of cores, like ProcessPoolExecutor. */
export interface CpuPoolOptions {
  size?: number;
}

/** Counters for the CPU report. */
export interface CpuStats {
  tasks: number;
  threads: number;
  realMs: number;
}

/**
 * The threads one run may have at once, over all its pools: one per logical core. Past it
 * `createPool` fails with a sentence that says so, instead of starting a thousand threads.
 */
export class ThreadBudget {
  private used = 0;
  readonly max: number;

  constructor(cores: number) {
    const max = Math.trunc(Number(cores));
    this.max = Number.isFinite(max) && max >= 1 ? max : 1;
  }

  /** Takes `size` threads, or throws a RangeError saying the limit and what is in use. */
  reserve(size: number, texts: LabTexts): void {
    if (this.used + size > this.max) throw new RangeError(texts.poolTooLarge(size, this.max, this.used));
    this.used += size;
  }

  /** Gives back threads taken by `reserve`. */
  release(size: number): void {
    this.used = Math.max(0, this.used - size);
  }
}

interface Job {
  name: string;
  source: string;
  args: unknown[];
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/** Turns a function into source a thread can evaluate, or explains why it cannot be sent. */
function functionSource(fn: unknown, texts: LabTexts): string {
  if (typeof fn !== 'function') throw new TypeError(texts.notAFunction);
  let source = Function.prototype.toString.call(fn);
  if (/\{\s*\[native code\]\s*\}\s*$/.test(source)) throw new TypeError(texts.notSelfContained('native or bound function'));
  const parses = (s: string) => {
    try {
      new Function(`return (${s});`);
      return true;
    } catch {
      return false;
    }
  };
  // Method shorthand (`heavy(n) { ... }`) is not an expression on its own.
  if (!parses(source)) source = /^async\s/.test(source) ? `async function ${source.replace(/^async\s+/, '')}` : `function ${source}`;
  if (!parses(source)) throw new TypeError(texts.notSelfContained('source is not a standalone function'));
  return source;
}

/**
 * A pool of real threads running self-contained functions, like Python's ProcessPoolExecutor:
 * `map(fn, items)` keeps order, `run(fn, ...args)` submits one call. Threads start lazily and the
 * work is real; the virtual clock does not move while it runs.
 */
export class CpuPool {
  readonly size: number;
  private readonly idle: CpuThread[] = [];
  private readonly all: CpuThread[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    private readonly threads: CpuThreads,
    private readonly realWork: RealWork,
    private readonly texts: LabTexts,
    readonly stats: CpuStats,
    options: CpuPoolOptions = {},
    private readonly budget?: ThreadBudget,
    /** Told of each finished task: its name and real duration (the trace's CPU spans). */
    private readonly onTask?: (name: string, realMs: number, ok: boolean) => void,
  ) {
    const size = Math.trunc(Number(options.size ?? threads.cores));
    this.size = Number.isFinite(size) && size >= 1 ? size : 1;
    budget?.reserve(this.size, texts);
  }

  /** Runs `fn(...args)` on a thread. */
  run<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    if (this.closed) return Promise.reject(new Error(this.texts.poolClosed));
    let source: string;
    try {
      source = functionSource(fn, this.texts);
    } catch (e) {
      return Promise.reject(e as Error);
    }
    const work = new Promise<unknown>((resolve, reject) => {
      this.queue.push({ name: (fn as { name?: string }).name || 'task', source, args, resolve, reject });
      this.pump();
    });
    return this.realWork.track(work) as Promise<Awaited<R>>;
  }

  /** `fn` applied to every item on the pool's threads; results in input order. */
  map<T, R>(fn: (item: T) => R | Promise<R>, items: Iterable<T>): Promise<Awaited<R>[]> {
    return Promise.all([...items].map((item) => this.run(fn, item)));
  }

  /** Terminates the threads; pending tasks fail. */
  close(): void {
    if (!this.closed) this.budget?.release(this.size);
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error(this.texts.poolClosed));
    for (const t of this.all) t.terminate();
    this.all.length = 0;
    this.idle.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let thread = this.idle.pop();
      if (!thread && this.all.length < this.size) {
        thread = this.threads.spawn();
        this.all.push(thread);
        this.stats.threads++;
      }
      if (!thread) return;
      const job = this.queue.shift()!;
      const t = thread;
      void t.run(job.source, job.args).then((result) => {
        this.stats.tasks++;
        this.stats.realMs += result.realMs;
        this.onTask?.(job.name, result.realMs, result.ok);
        if (result.ok) job.resolve(result.value);
        else {
          const err = new Error(
            result.error.name === 'ReferenceError'
              ? this.texts.notSelfContained(`${result.error.name}: ${result.error.message}`)
              : result.error.message,
          );
          err.name = result.error.name === 'ReferenceError' ? 'TypeError' : result.error.name;
          job.reject(err);
        }
        if (!this.closed) {
          this.idle.push(t);
          this.pump();
        }
      });
    }
  }
}
