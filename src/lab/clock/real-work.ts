/**
 * Real asynchronous work (CPU tasks on real threads) that a run waits for without moving the
 * virtual clock: while any is in flight the runner waits for it before firing the next timer.
 */
export class RealWork {
  private readonly inFlight = new Set<Promise<unknown>>();

  /** Registers a real promise; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return work;
  }

  /** How many real tasks are still running. */
  get pending(): number {
    return this.inFlight.size;
  }

  /** Resolves when at least one in-flight task settles (immediately when none is in flight). */
  anySettled(): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return Promise.race(this.inFlight).then(() => undefined);
  }
}
