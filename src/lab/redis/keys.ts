import { ALL_KEYS, command, NO_KEYS, type CommandContext, type CommandSpec } from './command';
import { expireDeadline, roundToSeconds, type ExpirySpelling } from './expiry';
import { globMatch } from './glob';
import { parseInt64 } from './numbers';
import { optionGrammar, readOptions, type Options } from './options';
import { errors, fail, integerReply, oneLine, printed, type Reply } from './reply';

/** Key commands: DEL, UNLINK, EXISTS, EXPIRE/PEXPIRE (NX/XX/GT/LT), TTL, PTTL, PERSIST, KEYS, SCAN, TYPE, DBSIZE, FLUSHALL, FLUSHDB. */

/** EXPIRE's conditions on the key's current deadline. */
const expireGrammar = optionGrammar({
  words: { NX: {}, XX: {}, GT: {}, LT: {} },
  unknown: (word) => oneLine(`ERR Unsupported option ${printed(word)}`),
  conflicts: [
    { option: 'NX', notWith: ['XX', 'GT', 'LT'], error: 'ERR NX and XX, GT or LT options at the same time are not compatible' },
    { oneOf: ['GT', 'LT'], error: 'ERR GT and LT options at the same time are not compatible' },
  ],
});

type ExpireOptions = Options<typeof expireGrammar.words>;

/**
 * Whether EXPIRE's condition lets `next` replace the key's deadline (`current`, null when it has
 * none). A key without a deadline counts as living forever: no deadline is greater, every one is less.
 */
function allowsDeadline(opts: ExpireOptions, current: bigint | null, next: bigint): boolean {
  if (opts.NX && current !== null) return false;
  if (opts.XX && current === null) return false;
  if (opts.GT && (current === null || next <= current)) return false;
  if (opts.LT && current !== null && next >= current) return false;
  return true;
}

function expire(ctx: CommandContext, [key, amount, ...rest]: string[], unit: ExpirySpelling['unit'], command: string): Reply {
  const opts = readOptions(expireGrammar, rest);
  const deadline = expireDeadline(amount!, { unit, from: 'now' }, ctx.now(), command);
  const current = ctx.ks.expireAt(key!);
  if (current === undefined || !allowsDeadline(opts, current, deadline)) return 0;
  // A deadline that has already come deletes the key.
  if (deadline <= ctx.now()) ctx.ks.delete(key!);
  else ctx.ks.setExpireAt(key!, deadline);
  return 1;
}

function ttl(ctx: CommandContext, key: string, unit: ExpirySpelling['unit']): Reply {
  // TTL is a read: it counts a keyspace hit or miss.
  ctx.ks.read(key);
  const deadline = ctx.ks.expireAt(key);
  if (deadline === undefined) return -2;
  if (deadline === null) return -1;
  // A live key's deadline is still ahead, so the time left is at least 1 ms.
  const left = deadline - BigInt(ctx.now());
  return integerReply(unit === 'milliseconds' ? left : roundToSeconds(left));
}

/**
 * A SCAN cursor as Redis 7.0 reads it, with C's strtoul: an empty string is 0, a sign is allowed
 * and a negative cursor wraps around 2^64, but no leading space, no trailing text and nothing
 * past 2^64 − 1 in size. The lab's cursors are small creation sequences; a larger one ends the scan.
 */
function parseCursor(arg: string): number {
  const m = /^([+-]?)(\d*)$/.exec(arg);
  if (!m || (m[2] === '' && m[1] !== '')) fail(errors.invalidCursor);
  const magnitude = m[2] === '' ? 0n : BigInt(m[2]!);
  if (magnitude > 2n ** 64n - 1n) fail(errors.invalidCursor);
  const value = m[1] === '-' && magnitude !== 0n ? 2n ** 64n - magnitude : magnitude;
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function scan(ctx: CommandContext, args: string[]): Reply {
  const [cursorArg, ...opts] = args as [string, ...string[]];
  const cursor = parseCursor(cursorArg);
  let pattern: string | null = null;
  let count = 10;
  let type: string | null = null;
  for (let i = 0; i < opts.length; i++) {
    const opt = opts[i]!.toLowerCase();
    const left = opts.length - i - 1;
    if (opt === 'count' && left >= 1) {
      const n = parseInt64(opts[++i]!);
      if (n === null) fail(errors.notInteger);
      if (n < 1n) fail(errors.syntax);
      count = Number(n);
    } else if (opt === 'match' && left >= 1) {
      pattern = opts[++i]!;
    } else if (opt === 'type' && left >= 1) {
      type = opts[++i]!.toLowerCase();
    } else fail(errors.syntax);
  }
  // The cursor is the creation sequence to resume from: keys that live through a whole iteration
  // keep their sequence, so each is returned, which is what SCAN guarantees.
  const pending = ctx.ks.keys().filter((k) => k.seq >= cursor);
  const batch = pending.slice(0, count);
  const next = pending.length > count ? pending[count]!.seq : 0;
  const keys = batch.filter((k) => (pattern === null || globMatch(pattern, k.key)) && (type === null || k.type === type)).map((k) => k.key);
  return [String(next), keys];
}

export const keyCommands: readonly CommandSpec[] = [
  command('del', -2, (ctx, keys) => keys.filter((k) => ctx.ks.delete(k)).length, ALL_KEYS),
  command('unlink', -2, (ctx, keys) => keys.filter((k) => ctx.ks.delete(k)).length, ALL_KEYS),
  command('exists', -2, (ctx, keys) => keys.filter((k) => ctx.ks.read(k) !== undefined).length, ALL_KEYS),
  command('expire', -3, (ctx, args) => expire(ctx, args, 'seconds', 'expire')),
  command('pexpire', -3, (ctx, args) => expire(ctx, args, 'milliseconds', 'pexpire')),
  command('ttl', 2, (ctx, [key]) => ttl(ctx, key!, 'seconds')),
  command('pttl', 2, (ctx, [key]) => ttl(ctx, key!, 'milliseconds')),
  command('persist', 2, (ctx, [key]) => {
    if (ctx.ks.expireAt(key!) == null) return 0;
    ctx.ks.setExpireAt(key!, null);
    return 1;
  }),
  command(
    'keys',
    2,
    (ctx, [pattern]) =>
      ctx.ks
        .keys()
        .filter((k) => globMatch(pattern!, k.key))
        .map((k) => k.key),
    NO_KEYS,
  ),
  command('scan', -2, scan, NO_KEYS),
  command('type', 2, (ctx, [key]) => ctx.ks.read(key!)?.type ?? 'none'),
  command('dbsize', 1, (ctx) => ctx.ks.size, NO_KEYS),
  command('flushall', -1, (ctx, args) => flush(ctx, args), NO_KEYS),
  command('flushdb', -1, (ctx, args) => flush(ctx, args), NO_KEYS),
];

function flush(ctx: CommandContext, args: string[]): Reply {
  if (args.length > 1 || (args.length === 1 && !['sync', 'async'].includes(args[0]!.toLowerCase()))) fail(errors.syntax);
  ctx.ks.flush();
  return 'OK';
}
