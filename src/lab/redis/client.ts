import { toArgv, transformReply } from './arguments';
import { clientCommandNames, notInLabCommandNames, type RedisServer, type RedisSession } from './server';
import { withCallSite } from '../call-site';
import { ReplyError, type Reply } from './reply';
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

/** Transforms replies inside an EXEC array with the transformer of the command that produced each. */
function transformExec(names: string[], reply: Reply): Reply {
  if (!Array.isArray(reply)) return reply;
  return reply.map((r, i) => (r instanceof Error ? r : (transformReply(names[i]!, r) as Reply)));
}

/** State every client built on one link shares. */
interface ClientCore {
  link: RedisLink;
  session: RedisSession;
  closed: boolean;
  /** Names of the commands queued by `multi({ pipeline: false })`, to transform EXEC's replies. */
  queuedNames: string[] | null;
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
  if (core.closed) throw new Error('Connection is closed.');
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

function send(core: ClientCore, argv: string[]): Promise<unknown> {
  const name = argv[0]!.toLowerCase();
  const names = core.queuedNames;
  if (name === 'multi') core.queuedNames = [];
  else if (name === 'exec' || name === 'discard') core.queuedNames = null;
  else if (names) names.push(name);
  return roundTrip(core, [argv]).then(([reply]) => {
    if (reply instanceof ReplyError) throw reply;
    if (name === 'exec' && names && Array.isArray(reply)) return wrapResults(transformExec(names, reply) as unknown[]);
    return transformReply(name, reply);
  });
}

/**
 * A pipeline: commands buffered and sent in one round trip by `exec()`, which resolves to
 * `[[err, reply] | [err], ...]` like ioredis. Built by `redis.pipeline()` and, wrapped in
 * MULTI/EXEC, by `redis.multi()`.
 */
class Pipeline {
  private readonly argvs: string[][] = [];
  private executed = false;

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
      this.add(String(name), args);
    }
  }

  get length(): number {
    return this.argvs.length;
  }

  /** Adds any command by name, as `redis.call` does. */
  call(name: string, ...args: unknown[]): this {
    return this.add(name, args);
  }

  private add(name: string, args: unknown[]): this {
    this.argvs.push(toArgv(name, args));
    return this;
  }

  /** Sends everything in one round trip. */
  exec(cb?: Callback): Promise<unknown[][] | null> {
    if (this.executed)
      return Promise.reject(new Error('Pipeline cannot be used to send any commands when the `exec()` has been called on it.'));
    this.executed = true;
    const names = this.argvs.map((a) => a[0]!.toLowerCase());
    const argvs = this.transaction ? [['multi'], ...this.argvs, ['exec']] : this.argvs;
    const run = withCallSite(roundTrip(this.core, argvs)).then((replies) => {
      if (!this.transaction) return wrapResults(replies.map((r, i) => (r instanceof Error ? r : transformReply(names[i]!, r))));
      const execReply = replies[replies.length - 1]!;
      if (execReply instanceof ReplyError) {
        (execReply as ReplyError & { previousErrors: Error[] }).previousErrors = replies
          .slice(1, -1)
          .filter((r): r is ReplyError => r instanceof ReplyError);
        throw execReply;
      }
      if (execReply === null) return null;
      return wrapResults(transformExec(names, execReply) as unknown[]);
    });
    return withCallback(run, cb);
  }
}

for (const name of [...clientCommandNames, ...notInLabCommandNames]) {
  if (name in Pipeline.prototype) continue;
  Object.defineProperty(Pipeline.prototype, name, {
    value(this: Pipeline, ...args: unknown[]) {
      return this.call(name, ...args);
    },
    writable: true,
    configurable: true,
  });
}

type Listener = (...args: unknown[]) => void;

/**
 * The lab's Redis client, with the ioredis API: `new Redis()` (any URL or options: all clients
 * reach the one lab server), a method per command (`get`, `set(k, v, 'EX', 10, 'NX')`, ...),
 * `call(name, ...args)`, `pipeline()`, `multi()`, callbacks or promises, `quit()`.
 */
interface LabRedis {
  [command: string]: unknown;
}

/** Builds the `Redis` class bound to one lab link (one per run, so every run starts empty). */
export function createRedisClass(link: RedisLink) {
  class Redis {
    readonly status = 'ready';
    readonly options: Record<string, unknown>;
    private readonly core: ClientCore;
    private readonly listeners = new Map<string, Listener[]>();

    constructor(...args: unknown[]) {
      const opts = args.find((a) => typeof a === 'object' && a !== null) as Record<string, unknown> | undefined;
      this.options = { host: 'localhost', port: 6379, ...opts };
      this.core = { link, session: link.server.session(), closed: false, queuedNames: null };
      queueMicrotask(() => {
        this.emit('connect');
        this.emit('ready');
      });
    }

    /** Sends any command by name: `redis.call('SET', 'k', 'v')`. */
    call(name: string, ...rest: unknown[]): Promise<unknown> {
      const [args, cb] = splitCallback(rest);
      return withCallback(withCallSite(send(this.core, toArgv(String(name), args))), cb);
    }

    /** A pipeline: many commands, one round trip. */
    pipeline(commands?: unknown[][]): Pipeline {
      return new Pipeline(this.core, false, commands);
    }

    /** A MULTI/EXEC transaction sent as one pipeline; `{ pipeline: false }` sends MULTI now instead. */
    multi(commands?: unknown[][] | { pipeline?: boolean }, options?: { pipeline?: boolean }): Pipeline | Promise<unknown> {
      const opts = Array.isArray(commands) ? options : commands;
      if (opts && opts.pipeline === false) return send(this.core, ['multi']);
      return new Pipeline(this.core, true, Array.isArray(commands) ? commands : undefined);
    }

    /** Closes the connection after a last round trip. */
    async quit(): Promise<'OK'> {
      await roundTrip(this.core, [['ping']]);
      this.core.closed = true;
      this.emit('end');
      return 'OK';
    }

    /** Closes the connection at once. */
    disconnect(): void {
      this.core.closed = true;
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

  for (const name of [...clientCommandNames, ...notInLabCommandNames]) {
    if (name === 'multi') continue;
    Object.defineProperty(Redis.prototype, name, {
      value(this: Redis, ...args: unknown[]) {
        return this.call(name, ...args);
      },
      writable: true,
      configurable: true,
    });
  }
  return Redis as unknown as new (...args: unknown[]) => LabRedis & Redis;
}
