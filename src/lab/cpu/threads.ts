/**
 * Real CPU threads, injected by the platform: browser Workers in a page, worker_threads in Node.
 * The pool core (pool.ts) only sees this interface, so it stays pure TypeScript.
 */

/** What a task sent to a thread produced. `realMs` is measured on the thread's real clock. */
export type CpuTaskResult =
  { ok: true; value: unknown; realMs: number } | { ok: false; error: { name: string; message: string }; realMs: number };

/** One real thread that runs self-contained functions given as source text. */
export interface CpuThread {
  /** Runs `(source)(...args)` on the thread; resolves with its (awaited) result. */
  run(source: string, args: unknown[]): Promise<CpuTaskResult>;
  terminate(): void;
}

/** The platform's threads. */
export interface CpuThreads {
  /** Logical cores the platform reports (navigator.hardwareConcurrency, os.availableParallelism()). */
  readonly cores: number;
  spawn(): CpuThread;
}
