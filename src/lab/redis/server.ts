import { command, keyPositions, NO_KEYS, type CommandContext, type CommandSpec } from './command';
import { hashCommands } from './hashes';
import { keyCommands } from './keys';
import { Keyspace } from './keyspace';
import { errors, ReplyError, type Reply } from './reply';
import { sortedSetCommands } from './sorted-sets';
import { stringCommands } from './strings';
import { Transaction, transactionControl } from './transactions';
import { unknownCommand } from './unknown-command';
import { asciiLower, asciiUpper } from './words';

const connectionCommands: readonly CommandSpec[] = [
  command(
    'ping',
    -1,
    (_ctx, args) => (args.length === 0 ? 'PONG' : args.length === 1 ? args[0]! : new ReplyError(errors.arity('ping'))),
    NO_KEYS,
  ),
  command('echo', 2, (_ctx, [msg]) => msg!, NO_KEYS),
];

/** Every command the lab's Redis implements, by lowercase name. */
const commandTable: ReadonlyMap<string, CommandSpec> = new Map(
  [...stringCommands, ...keyCommands, ...hashCommands, ...sortedSetCommands, ...connectionCommands].map((c) => [c.name, c]),
);

/** The argv positions (name at 0) of a command's keys, as ioredis finds them to add `keyPrefix`. */
export function keyPositionsOf(name: string, argc: number): number[] {
  const spec = commandTable.get(asciiLower(name));
  return spec ? keyPositions(spec, argc) : [];
}

/** Names the client exposes as methods: the implemented commands plus the transaction verbs. */
export const clientCommandNames: readonly string[] = [...commandTable.keys(), 'multi', 'exec', 'discard'];

/**
 * Real Redis commands the lab leaves out. They are rejected as unknown (as Redis rejects a name it
 * does not know), with a note saying the lab lacks them, so a reader is not misled into thinking
 * Redis lacks them.
 */
const notInLab = new Set<string>(
  'lpush rpush lpop rpop lrange llen lindex lrem ltrim blpop brpop sadd srem smembers sismember scard spop srandmember sinter sunion sdiff publish subscribe psubscribe unsubscribe eval evalsha script function fcall getset getex getrange setrange incrbyfloat hincrbyfloat hsetnx hstrlen hrandfield hscan zrank zrevrank zpopmin zpopmax zrangebylex zlexcount zrangestore zunionstore zinterstore zscan zmscore pfadd pfcount xadd xrange xread watch unwatch select info config object dump restore rename renamenx copy move expireat pexpireat expiretime pexpiretime randomkey touch wait client'.split(
    ' ',
  ),
);

/** Real Redis commands the lab lacks; the client still offers them so the error says so. */
export const notInLabCommandNames: readonly string[] = [...notInLab];

/** The unknown-command error, with a note when Redis has the command and only the lab lacks it. */
function rejectUnknown(argv: string[]): ReplyError {
  const name = asciiLower(argv[0] ?? '');
  return unknownCommand(argv, notInLab.has(name) ? `(the lab's Redis does not implement ${asciiUpper(name)})` : '');
}

/** One Redis server: a keyspace on the virtual clock and its command table. Clients open sessions on it. */
export class RedisServer {
  readonly ks: Keyspace;
  private readonly ctx: CommandContext;

  /**
   * `now` returns unix milliseconds on the virtual clock, which moves in fractions of a millisecond
   * (a round trip is 0.5 ms); Redis keeps time in whole milliseconds, so the server floors it.
   */
  constructor(now: () => number) {
    const ms = () => Math.floor(now());
    this.ks = new Keyspace(ms);
    this.ctx = { ks: this.ks, now: ms };
  }

  /** A connection's view of the server (its own MULTI state). */
  session(): RedisSession {
    return new RedisSession(this);
  }

  /** Counts a processed command, as INFO commandstats does (MULTI and EXEC included). */
  count(name: string): void {
    const stats = this.ks.stats.commands;
    stats.set(name, (stats.get(name) ?? 0) + 1);
  }

  /** Runs one command outside any transaction logic; errors come back as ReplyError values. */
  run(spec: CommandSpec, argv: string[]): Reply {
    this.count(spec.name);
    try {
      return spec.run(this.ctx, argv.slice(1));
    } catch (e) {
      if (e instanceof ReplyError) return e;
      throw e;
    }
  }
}

/** One client connection: dispatches commands the way Redis's processCommand does. */
export class RedisSession {
  private readonly tx = new Transaction();

  constructor(private readonly server: RedisServer) {}

  /** Executes one command (name first, all arguments strings). Errors are returned, not thrown. */
  exec(argv: string[]): Reply {
    const name = asciiLower(argv[0] ?? '');
    if (name === 'multi' || name === 'exec' || name === 'discard') {
      if (argv.length !== 1) {
        this.tx.markDirty();
        return new ReplyError(errors.arity(name));
      }
      this.server.count(name);
      if (name === 'multi') return this.tx.multi();
      if (name === 'discard') return this.tx.discard();
      return this.tx.exec((queued) => this.server.run(commandTable.get(asciiLower(queued[0]!))!, queued));
    }
    const spec = commandTable.get(name);
    if (!spec) {
      this.tx.markDirty();
      return rejectUnknown(argv);
    }
    if ((spec.arity > 0 && argv.length !== spec.arity) || argv.length < -spec.arity) {
      this.tx.markDirty();
      return new ReplyError(errors.arity(spec.name));
    }
    if (this.tx.active && !transactionControl.has(name)) return this.tx.queue(argv);
    return this.server.run(spec, argv);
  }
}
