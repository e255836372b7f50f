import type { Send } from './read';

/** Runs work on a connection of its own (the pool's, or a transaction's). */
type SessionFn = <T>(work: (send: Send) => Promise<T>) => Promise<T>;

/**
 * A model call that runs when it is awaited, as Prisma's PrismaPromise does: `db.user.findMany()`
 * sends nothing until `then`, so `$transaction([a, b])` can run `a` and `b` in order on the
 * transaction's connection instead of each on its own.
 */
export class LazyQuery<T> implements PromiseLike<T> {
  private started: Promise<T> | null = null;
  /** The program's call site, captured when the call is made (lab errors carry it). */
  private readonly site = new Error();

  constructor(
    private readonly work: (send: Send) => Promise<T>,
    private readonly session: SessionFn,
  ) {}

  /** Runs the call (once) with `session`, or on its own session when none is given. */
  run(session: SessionFn = this.session): Promise<T> {
    this.started ??= session(this.work).catch((e: unknown) => {
      if (e instanceof Error && this.site.stack) e.stack = `${e.name}: ${e.message}\n${this.site.stack.split('\n').slice(1).join('\n')}`;
      throw e;
    });
    return this.started;
  }

  /** Whether the call already ran (or is running). */
  get consumed(): boolean {
    return this.started !== null;
  }

  // The rejection handlers take `any`, as Promise's own do, so `.catch((e: Error) => …)` type-checks the same.
  then<A = T, B = never>(
    onFulfilled?: ((v: T) => A | PromiseLike<A>) | null,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    onRejected?: ((e: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.run().then(onFulfilled, onRejected);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  catch<B = never>(onRejected?: ((e: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.run().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.run().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaPromise';
  }
}
