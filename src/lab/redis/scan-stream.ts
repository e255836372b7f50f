/**
 * `redis.scanStream({ match, type, count })` as ioredis gives it: a readable stream in object mode
 * whose chunks are the keys of one SCAN call each (an empty batch is a chunk too), ending once
 * the cursor comes back to "0". It flows when a `data` listener is added, and works with
 * `for await`. The lab has no Node streams in the page, so this keeps to the part programs use:
 * `on/once/off('data' | 'end' | 'error' | 'close')`, `pause()`, `resume()`, `close()`.
 */

type Listener = (...args: unknown[]) => void;

/** The options ioredis's scanStream reads. */
export interface ScanStreamOptions {
  match?: string;
  type?: string;
  count?: number;
}

/** One SCAN call: the arguments after the command name, answered with [next cursor, keys]. */
type ScanCall = (args: string[]) => Promise<[string, unknown[]]>;

/** The SCAN arguments ioredis sends for a cursor and the stream's options, in its order. */
function scanArgs(cursor: string, opts: ScanStreamOptions): string[] {
  const args = [cursor];
  if (opts.match) args.push('MATCH', opts.match);
  if (opts.type) args.push('TYPE', opts.type);
  if (opts.count) args.push('COUNT', String(opts.count));
  return args;
}

/** The stream object `scanStream()` returns. */
export class ScanStream {
  private readonly listeners = new Map<string, Listener[]>();
  private flowing = false;
  private started = false;
  private drained = false;
  private waiting: (() => void) | null = null;

  constructor(
    private readonly scan: ScanCall,
    private readonly opts: ScanStreamOptions = {},
  ) {}

  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    if (event === 'data') this.resume();
    return this;
  }

  /** Same as `on`, as on a Node stream. */
  addListener(event: string, fn: Listener): this {
    return this.on(event, fn);
  }

  once(event: string, fn: Listener): this {
    const wrapped: Listener = (...a) => {
      this.off(event, wrapped);
      fn(...a);
    };
    return this.on(event, wrapped);
  }

  off(event: string, fn: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((f) => f !== fn),
    );
    return this;
  }

  /** Same as `off`, as on a Node stream. */
  removeListener(event: string, fn: Listener): this {
    return this.off(event, fn);
  }

  /** Stops emitting `data` until `resume()`. */
  pause(): this {
    this.flowing = false;
    return this;
  }

  /** Starts (or goes on) emitting `data`. */
  resume(): this {
    this.flowing = true;
    this.waiting?.();
    this.waiting = null;
    if (!this.started) {
      this.started = true;
      queueMicrotask(() => void this.pump());
    }
    return this;
  }

  /** Ends the scan after the call in flight, as ioredis's `close()` does. */
  close(): void {
    this.drained = true;
  }

  private emit(event: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }

  private async pump(): Promise<void> {
    for await (const keys of this.batches()) {
      if (!this.flowing) await new Promise<void>((resolve) => (this.waiting = resolve));
      this.emit('data', keys);
    }
    this.emit('end');
    this.emit('close');
  }

  private async *batches(rethrow = false): AsyncGenerator<unknown[]> {
    let cursor = '0';
    while (!this.drained) {
      let reply: [string, unknown[]];
      try {
        reply = await this.scan(scanArgs(cursor, this.opts));
      } catch (e) {
        if (rethrow) throw e;
        this.emit('error', e);
        return;
      }
      cursor = String(reply[0]);
      if (cursor === '0') this.drained = true;
      yield reply[1];
    }
  }

  /** `for await (const keys of stream)`: each SCAN call's keys in turn. */
  [Symbol.asyncIterator](): AsyncGenerator<unknown[]> {
    this.started = true;
    return this.batches(true);
  }
}
