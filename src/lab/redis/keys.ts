import { command, type CommandContext, type CommandSpec } from './command';
import { globMatch } from './glob';
import { INT64_MAX, INT64_MIN, parseInt64 } from './numbers';
import { errors, fail, type Reply } from './reply';

/** Key commands: DEL, UNLINK, EXISTS, EXPIRE/PEXPIRE (NX/XX/GT/LT), TTL, PTTL, PERSIST, KEYS, SCAN, TYPE, DBSIZE, FLUSHALL, FLUSHDB. */

function expire(ctx: CommandContext, args: string[], unit: 's' | 'ms', cmd: string): Reply {
  const [key, amount, ...opts] = args as [string, string, ...string[]];
  let nx = false;
  let xx = false;
  let gt = false;
  let lt = false;
  for (const o of opts) {
    const opt = o.toLowerCase();
    if (opt === 'nx') nx = true;
    else if (opt === 'xx') xx = true;
    else if (opt === 'gt') gt = true;
    else if (opt === 'lt') lt = true;
    else fail(`ERR Unsupported option ${o}`);
  }
  if (nx && (xx || gt || lt)) fail('ERR NX and XX, GT or LT options at the same time are not compatible');
  if (gt && lt) fail('ERR GT and LT options at the same time are not compatible');
  let when = parseInt64(amount);
  if (when === null) fail(errors.notInteger);
  if (unit === 's') {
    if (when > INT64_MAX / 1000n || when < INT64_MIN / 1000n) fail(errors.expireTime(cmd));
    when *= 1000n;
  }
  const base = BigInt(ctx.now());
  if (when > INT64_MAX - base) fail(errors.expireTime(cmd));
  when += base;
  if (!ctx.ks.exists(key)) return 0;
  const current = ctx.ks.expireAt(key) ?? null;
  if (nx && current !== null) return 0;
  if (xx && current === null) return 0;
  if (gt && (current === null || when <= BigInt(current))) return 0;
  if (lt && current !== null && when >= BigInt(current)) return 0;
  if (when <= base) {
    ctx.ks.delete(key);
    return 1;
  }
  ctx.ks.setExpireAt(key, Number(when));
  return 1;
}

function ttl(ctx: CommandContext, key: string, unit: 's' | 'ms'): Reply {
  ctx.ks.read(key);
  const at = ctx.ks.expireAt(key);
  if (at === undefined) return -2;
  if (at === null) return -1;
  const left = Math.max(0, at - ctx.now());
  return unit === 'ms' ? left : Math.floor((left + 500) / 1000);
}

function scan(ctx: CommandContext, args: string[]): Reply {
  const [cursorArg, ...opts] = args as [string, ...string[]];
  if (!/^\d+$/.test(cursorArg) || BigInt(cursorArg) > 2n ** 64n - 1n) fail(errors.invalidCursor);
  const cursor = Number(cursorArg);
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
  const keys = batch
    .filter((k) => (pattern === null || globMatch(pattern, k.key)) && (type === null || k.type === type))
    .map((k) => k.key);
  return [String(next), keys];
}

export const keyCommands: readonly CommandSpec[] = [
  command('del', -2, (ctx, keys) => keys.filter((k) => ctx.ks.delete(k)).length),
  command('unlink', -2, (ctx, keys) => keys.filter((k) => ctx.ks.delete(k)).length),
  command('exists', -2, (ctx, keys) => keys.filter((k) => ctx.ks.read(k) !== undefined).length),
  command('expire', -3, (ctx, args) => expire(ctx, args, 's', 'expire')),
  command('pexpire', -3, (ctx, args) => expire(ctx, args, 'ms', 'pexpire')),
  command('ttl', 2, (ctx, [key]) => ttl(ctx, key!, 's')),
  command('pttl', 2, (ctx, [key]) => ttl(ctx, key!, 'ms')),
  command('persist', 2, (ctx, [key]) => {
    if (ctx.ks.expireAt(key!) == null) return 0;
    ctx.ks.setExpireAt(key!, null);
    return 1;
  }),
  command('keys', 2, (ctx, [pattern]) => ctx.ks.keys().filter((k) => globMatch(pattern!, k.key)).map((k) => k.key)),
  command('scan', -2, scan),
  command('type', 2, (ctx, [key]) => ctx.ks.read(key!)?.type ?? 'none'),
  command('dbsize', 1, (ctx) => ctx.ks.size),
  command('flushall', -1, (ctx, args) => flush(ctx, args)),
  command('flushdb', -1, (ctx, args) => flush(ctx, args)),
];

function flush(ctx: CommandContext, args: string[]): Reply {
  if (args.length > 1 || (args.length === 1 && !['sync', 'async'].includes(args[0]!.toLowerCase()))) fail(errors.syntax);
  ctx.ks.flush();
  return 'OK';
}
