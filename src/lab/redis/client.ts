import { commandArguments, transformReply } from './arguments';
import { bufferOf, textOf, toBytes } from './bytes';
import { clientCommandNames, keyPositionsOf, notInLabCommandNames, type RedisServer, type RedisSession } from './server';
import { withCallSite } from '../call-site';
import { ReplyError, type Reply } from './reply';
import { ScanStream, type ScanStreamOptions } from './scan-stream';
import type { TraceRecorder } from '../trace/recorder';

/** What a client needs from the lab: the server, the virtual clock and the round-trip latency. */
interface RedisLink {
  server: RedisServer;
  delay(ms: number): Promise<void>;
  roundTripMs: number;
  /** Called once per round trip with the number of commands it carried. */
  onRoundTrip(commands: number): void;
  /** Where each round trip's span goes. */
  trace?: TraceRecorder;
}

type Callback = (err: Error | null, result?: unknown) => void;

function splitCallback(args: unknown[]): [unknown[], Callback | undefined] {
  const last = args[args.length - 1];
  return typeof last === 'function' ? [args.slice(0, -1), last as Callback] : [args, undefined];
}

function withCallback<T>(promise: Promise<T>, cb: Callback | undefined): Promise<T> {
  if (cb)
    promise.then(
      (r) => cb(null, r),
      (e: Error) => cb(e),
    );
  return promise;
}

/** ioredis's wrapMultiResult: each reply becomes [null, value], each error [error]. */
function wrapResults(replies: unknown[]): unknown[][] {
  return replies.map((r) => (r instanceof Error ? [r] : [null, r]));
}

/** One command as the client sends it: the name as spelled, the bytes on the wire, how to read the reply. */
interface Sent {
  name: string;
  argv: string[];
  buffers: boolean;
  callback?: Callback;
}

/** A reply as the program gets it: byte strings as text (or bytes for a `*Buffer` call), errors with their command. */
function decode(reply: Reply, sent: Sent): unknown {
  if (reply instanceof ReplyError) {
    const err = new ReplyError(textOf(reply.message));
    Object.defineProperty(err, 'command', { value: { name: sent.name, args: sent.argv.slice(1).map(textOf) }, enumerable: true });
    return err;
  }
  if (typeof reply === 'string') return sent.buffers ? bufferOf(reply) : textOf(reply);
  if (Array.isArray(reply)) return reply.map((r) => decode(r, sent));
  return reply;
}

/** A decoded reply with the name's ioredis transformer applied (errors pass as they are). */
function readReply(reply: Reply, sent: Sent): unknown {
  const value = decode(reply, sent);
  return value instanceof Error ? value : transformReply(sent.name, value);
}

type Status = 'wait' | 'connecting' | 'ready' | 'end';

/** State every client built on one link shares. */
interface ClientCore {
  link: RedisLink;
  session: RedisSession;
  status: Status;
  keyPrefix: string;
  /** Moves the status to ready, with the events ioredis emits on the way. */
  becomeReady(): void;
}

/** Builds what the client sends for `name(...args)`: ioredis's argument rules, `keyPrefix` on the command's keys, bytes. */
function encode(core: ClientCore, name: string, rawArgs: unknown[], buffers: boolean): Sent {
  const [args, callback] = splitCallback(rawArgs);
  const argv = [toBytes(String(name)), ...commandArguments(String(name), args).map(toBytes)];
  if (core.keyPrefix) for (const i of keyPositionsOf(String(name), argv.length - 1)) argv[i] = core.keyPrefix + argv[i]!;
  return { name: String(name), argv, buffers, callback };
}

/** `GET user:1` for one command; `PIPELINE ×3: SET user:1 …` for a batch. */
function roundTripLabel(argvs: string[][]): string {
  const one = (argv: string[]) => (argv.length > 1 ? `${argv[0]!.toUpperCase()} ${argv[1]}` : argv[0]!.toUpperCase());
  if (argvs.length === 1) return one(argvs[0]!);
  const first = argvs[0]![0]!.toLowerCase() === 'multi' ? 'MULTI' : 'PIPELINE';
  return `${first} ×${argvs.length}: ${argvs
    .slice(first === 'MULTI' ? 1 : 0, 3)
    .map(one)
    .join('; ')}`;
}

async function roundTrip(core: ClientCore, argvs: string[][]): Promise<Reply[]> {
  if (core.status === 'end') throw new Error('Connection is closed.');
  // ioredis connects on the first command of a lazy client.
  if (core.status === 'wait') core.becomeReady();
  // The command takes effect when it reaches the server; the reply arrives a round trip later.
  const replies = argvs.map((argv) => core.session.exec(argv));
  core.link.onRoundTrip(argvs.length);
  const trace = core.link.trace;
  const span = trace?.enabled
    ? trace.begin('redis', roundTripLabel(argvs), argvs.length > 1 ? { commands: argvs.length } : undefined)
    : null;
  await core.link.delay(core.link.roundTripMs);
  trace?.end(span);
  return replies;
}

function send(core: ClientCore, sent: Sent): Promise<unknown> {
  const run = roundTrip(core, [sent.argv]).then(([reply]) => {
    const value = readReply(reply!, sent);
    if (value instanceof Error) throw value;
    return value;
  });
  return withCallback(withCallSite(run), sent.callback);
}

/** Results of one pipeline send: each command's [error] or [null, reply], as ioredis fills them. */
type Pairs = unknown[][];

/**
 * A pipeline: commands buffered and sent in one round trip by `exec()`, which resolves to
 * `[[err, reply] | [err], ...]` like ioredis. Built by `redis.pipeline()` and, wrapped in
 * MULTI/EXEC, by `redis.multi()`. A command's own callback gets its reply (QUEUED inside MULTI).
 */
class Pipeline {
  private readonly queue: Sent[] = [];
  /** The first `exec()`'s result at the pipeline level; ioredis answers a second `exec()` with it. */
  private first: Promise<Pairs> | null = null;

  constructor(
    private readonly core: ClientCore,
    private readonly transaction: boolean,
    commands?: unknown[][],
  ) {
    for (const [name, ...args] of commands ?? []) {
      // ioredis looks batch entries up as methods, so an unknown name throws here, before sending.
      if (typeof (this as unknown as Record<string, unknown>)[String(name)] !== 'function') {
        throw new TypeError(`Unknown command '${String(name)}' in a pipeline batch: use .call('${String(name)}', ...) instead.`);
      }
      this.add(String(name), args, false);
    }
  }

  get length(): number {
    return this.queue.length + (this.transaction ? 2 : 0);
  }

  /** Adds any command by name, as `redis.call` does. */
  call(name: string, ...args: unknown[]): this {
    return this.add(name, args, false);
  }

  /** Adds any command by name; its reply comes as bytes. */
  callBuffer(name: string, ...args: unknown[]): this {
    return this.add(name, args, true);
  }

  /** @internal Adds one command; the methods named after commands call it. */
  add(name: string, args: unknown[], buffers: boolean): this {
    this.queue.push(encode(this.core, name, args, buffers));
    return this;
  }

  /**
   * Sends everything in one round trip. As in ioredis, calling it again sends the commands
   * again but resolves to what the first call got at the pipeline level (for a MULTI, the
   * replies to MULTI, each QUEUED and EXEC's array).
   */
  exec(cb?: Callback): Promise<unknown[][] | null> {
    if (this.first) {
      const again = this.first;
      void this.sendAll().catch(() => {});
      return again;
    }
    const pairs = this.sendAll();
    this.first = pairs;
    const run = withCallSite(pairs.then((p) => (this.transaction ? this.unwrap(p) : p)));
    return withCallback(run, cb);
  }

  private async sendAll(): Promise<Pairs> {
    const sent = this.transaction
      ? [encode(this.core, 'multi', [], false), ...this.queue, encode(this.core, 'exec', [], false)]
      : this.queue;
    const replies = await roundTrip(
      this.core,
      sent.map((s) => s.argv),
    );
    const values = replies.map((reply, i) => {
      const command = sent[i]!;
      // EXEC's replies are read with the transformer of the command that produced each.
      if (this.transaction && i === sent.length - 1 && Array.isArray(reply)) {
        return reply.map((r, j) => readReply(r, this.queue[j]!));
      }
      return this.transaction ? decode(reply, command) : readReply(reply, command);
    });
    values.forEach((value, i) => {
      const cb = sent[i]!.callback;
      if (cb) {
        if (value instanceof Error) cb(value);
        else cb(null, value);
      }
    });
    return wrapResults(values);
  }

  /** MULTI's result: EXEC's replies as pairs, or EXEC's error carrying the errors met while queueing. */
  private unwrap(pairs: Pairs): unknown[][] | null {
    const [execError, execValue] = pairs[pairs.length - 1]!;
    if (execError) {
      (execError as ReplyError & { previousErrors: unknown[] }).previousErrors = pairs
        .slice(0, -1)
        .filter((p) => p[0])
        .map((p) => p[0]);
      throw execError;
    }
    return Array.isArray(execValue) ? wrapResults(execValue) : null;
  }
}

/** Every command name the client offers as a method (and as `nameBuffer`). */
const methodNames = [...clientCommandNames, ...notInLabCommandNames];

for (const name of methodNames) {
  for (const [method, buffers] of [
    [name, false],
    [`${name}Buffer`, true],
  ] as const) {
    if (method in Pipeline.prototype) continue;
    Object.defineProperty(Pipeline.prototype, method, {
      value(this: Pipeline, ...args: unknown[]) {
        return this.add(name, args, buffers);
      },
      writable: true,
      configurable: true,
    });
  }
}

type Listener = (...args: unknown[]) => void;

/**
 * The lab's Redis client, with the ioredis API: `new Redis()` (any URL or options: all clients
 * reach the one lab server), a method per command (`get`, `set(k, v, 'EX', 10, 'NX')`, ...) and
 * its `*Buffer` twin, `call(name, ...args)`, `pipeline()`, `multi()`, callbacks or promises,
 * `keyPrefix`, `lazyConnect` and `connect()`, `scanStream()`, `quit()`.
 */
interface LabRedis {
  [command: string]: unknown;
}

/** Builds the `Redis` class bound to one lab link (one per run, so every run starts empty). */
export function createRedisClass(link: RedisLink) {
  class Redis {
    readonly options: Record<string, unknown>;
    private readonly core: ClientCore;
    private readonly listeners = new Map<string, Listener[]>();

    constructor(...args: unknown[]) {
      const opts = args.find((a) => typeof a === 'object' && a !== null) as Record<string, unknown> | undefined;
      this.options = { host: 'localhost', port: 6379, keyPrefix: '', lazyConnect: false, ...opts };
      const lazy = this.options.lazyConnect === true;
      this.core = {
        link,
        session: link.server.session(),
        status: lazy ? 'wait' : 'connecting',
        keyPrefix: toBytes(String(this.options.keyPrefix ?? '')),
        becomeReady: () => {
          this.core.status = 'ready';
          this.emit('connect');
          this.emit('ready');
        },
      };
      if (!lazy) queueMicrotask(() => this.core.status === 'connecting' && this.core.becomeReady());
    }

    /** `wait` (lazyConnect, not yet connected), `connecting`, `ready` or `end`, as ioredis names them. */
    get status(): Status {
      return this.core.status;
    }

    /** Sends any command by name: `redis.call('SET', 'k', 'v')`; the reply is read as that spelling is in ioredis. */
    call(name: string, ...rest: unknown[]): Promise<unknown> {
      return this.command(name, rest, false);
    }

    /** `call` with the reply as bytes. */
    callBuffer(name: string, ...rest: unknown[]): Promise<unknown> {
      return this.command(name, rest, true);
    }

    private command(name: string, args: unknown[], buffers: boolean): Promise<unknown> {
      return send(this.core, encode(this.core, name, args, buffers));
    }

    /** EXEC after `multi({ pipeline: false })`: its replies as [error, reply] pairs, as sent (no transformers). */
    exec(cb?: Callback): Promise<unknown> {
      const run = send(this.core, encode(this.core, 'exec', [], false)).then((r) => (Array.isArray(r) ? wrapResults(r) : r));
      return withCallback(run, cb);
    }

    /** A pipeline: many commands, one round trip. */
    pipeline(commands?: unknown[][]): Pipeline {
      return new Pipeline(this.core, false, commands);
    }

    /** A MULTI/EXEC transaction sent as one pipeline; `{ pipeline: false }` sends MULTI now instead. */
    multi(commands?: unknown[][] | { pipeline?: boolean }, options?: { pipeline?: boolean }): Pipeline | Promise<unknown> {
      const opts = Array.isArray(commands) ? options : commands;
      if (opts && opts.pipeline === false) return send(this.core, encode(this.core, 'multi', [], false));
      return new Pipeline(this.core, true, Array.isArray(commands) ? commands : undefined);
    }

    /** Connects a `lazyConnect` client (or one that quit); an open one rejects, as in ioredis. */
    async connect(cb?: Callback): Promise<void> {
      const run = (async () => {
        if (this.core.status !== 'wait' && this.core.status !== 'end') throw new Error('Redis is already connecting/connected');
        this.core.status = 'connecting';
        await link.delay(link.roundTripMs);
        this.core.becomeReady();
      })();
      return withCallback(run, cb);
    }

    /** A stream of the keys SCAN finds, one chunk per call: `redis.scanStream({ match: 'user:*' })`. */
    scanStream(options?: ScanStreamOptions): ScanStream {
      return new ScanStream((args) => this.call('scan', ...args) as Promise<[string, unknown[]]>, options);
    }

    /** Closes the connection after a last round trip. */
    async quit(): Promise<'OK'> {
      await roundTrip(this.core, [['ping']]);
      this.core.status = 'end';
      this.emit('end');
      return 'OK';
    }

    /** Closes the connection at once. */
    disconnect(): void {
      this.core.status = 'end';
      this.emit('end');
    }

    /** A new connection with the same options. */
    duplicate(): Redis {
      return new Redis(this.options);
    }

    on(event: string, fn: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
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

    private emit(event: string, ...args: unknown[]): void {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
  }

  for (const name of methodNames) {
    for (const [method, buffers] of [
      [name, false],
      [`${name}Buffer`, true],
    ] as const) {
      if (method in Redis.prototype) continue;
      Object.defineProperty(Redis.prototype, method, {
        value(this: Redis, ...args: unknown[]) {
          return (this as unknown as { command: Redis['command'] }).command(name, args, buffers);
        },
        writable: true,
        configurable: true,
      });
    }
  }
  return Redis as unknown as new (...args: unknown[]) => LabRedis & Redis;
}
