import { command, type CommandContext, type CommandSpec } from './command';
import { byteLength, INT64_MAX, INT64_MIN, parseInt64 } from './numbers';
import { errors, fail, type Reply } from './reply';

/** String commands: GET, SET (EX/PX/EXAT/PXAT/NX/XX/GET/KEEPTTL), SETEX, PSETEX, SETNX, MGET, MSET, INCR/DECR(BY), APPEND, STRLEN, GETDEL. */

function getString(ctx: CommandContext, key: string): string | null {
  return ctx.ks.readTyped(key, 'string')?.value ?? null;
}

/** Redis's getExpireMillisecondsOrReply: a positive integer, converted to an absolute unix-ms time. */
function expireAtFromArg(ctx: CommandContext, arg: string, unit: 's' | 'ms', relative: boolean, cmd: string): number {
  const n = parseInt64(arg);
  if (n === null) fail(errors.notInteger);
  if (n <= 0n || (unit === 's' && n > INT64_MAX / 1000n)) fail(errors.expireTime(cmd));
  let ms = unit === 's' ? n * 1000n : n;
  if (relative) ms += BigInt(ctx.now());
  if (ms > INT64_MAX || ms <= 0n) fail(errors.expireTime(cmd));
  return Number(ms);
}

function set(ctx: CommandContext, args: string[]): Reply {
  const [key, value] = args as [string, string];
  let nx = false;
  let xx = false;
  let get = false;
  let keepTtl = false;
  let expire: { arg: string; unit: 's' | 'ms'; relative: boolean } | null = null;
  let expireKind = '';
  for (let j = 2; j < args.length; j++) {
    const opt = args[j]!.toLowerCase();
    const next = j + 1 < args.length ? args[j + 1]! : null;
    if (opt === 'nx' && !xx) nx = true;
    else if (opt === 'xx' && !nx) xx = true;
    else if (opt === 'get') get = true;
    else if (opt === 'keepttl' && !expire) keepTtl = true;
    else if ((opt === 'ex' || opt === 'px' || opt === 'exat' || opt === 'pxat') && !keepTtl && (expireKind === '' || expireKind === opt) && next !== null) {
      expireKind = opt;
      expire = { arg: next, unit: opt === 'ex' || opt === 'exat' ? 's' : 'ms', relative: opt === 'ex' || opt === 'px' };
      j++;
    } else fail(errors.syntax);
  }
  const at = expire ? expireAtFromArg(ctx, expire.arg, expire.unit, expire.relative, 'set') : null;
  const old = get ? getString(ctx, key) : null;
  const found = ctx.ks.exists(key);
  if ((nx && found) || (xx && !found)) return get ? old : null;
  ctx.ks.set(key, { type: 'string', value }, keepTtl);
  if (at !== null) ctx.ks.setExpireAt(key, at);
  return get ? old : 'OK';
}

function incrBy(ctx: CommandContext, key: string, by: bigint): Reply {
  const cur = ctx.ks.writeTyped(key, 'string');
  const value = cur ? parseInt64(cur.value) : 0n;
  if (value === null) fail(errors.notInteger);
  const next = value + by;
  if (next > INT64_MAX || next < INT64_MIN) fail(errors.overflow);
  ctx.ks.set(key, { type: 'string', value: next.toString() }, true);
  return Number(next);
}

function intArg(s: string): bigint {
  const n = parseInt64(s);
  if (n === null) fail(errors.notInteger);
  return n;
}

function setWithExpire(ctx: CommandContext, args: string[], unit: 's' | 'ms', cmd: string): Reply {
  const [key, ttl, value] = args as [string, string, string];
  const at = expireAtFromArg(ctx, ttl, unit, true, cmd);
  ctx.ks.set(key, { type: 'string', value });
  ctx.ks.setExpireAt(key, at);
  return 'OK';
}

export const stringCommands: readonly CommandSpec[] = [
  command('get', 2, (ctx, [key]) => getString(ctx, key!)),
  command('set', -3, set),
  command('setex', 4, (ctx, args) => setWithExpire(ctx, args, 's', 'setex')),
  command('psetex', 4, (ctx, args) => setWithExpire(ctx, args, 'ms', 'psetex')),
  command('setnx', 3, (ctx, [key, value]) => {
    if (ctx.ks.exists(key!)) return 0;
    ctx.ks.set(key!, { type: 'string', value: value! });
    return 1;
  }),
  command('getdel', 2, (ctx, [key]) => {
    const v = getString(ctx, key!);
    if (v !== null) ctx.ks.delete(key!);
    return v;
  }),
  command('mget', -2, (ctx, keys) =>
    keys.map((k) => {
      const v = ctx.ks.read(k);
      return v?.type === 'string' ? v.value : null;
    }),
  ),
  command('mset', -3, (ctx, args) => {
    if (args.length % 2 !== 0) fail(errors.arity('mset'));
    for (let i = 0; i < args.length; i += 2) ctx.ks.set(args[i]!, { type: 'string', value: args[i + 1]! });
    return 'OK';
  }),
  command('incr', 2, (ctx, [key]) => incrBy(ctx, key!, 1n)),
  command('decr', 2, (ctx, [key]) => incrBy(ctx, key!, -1n)),
  command('incrby', 3, (ctx, [key, by]) => incrBy(ctx, key!, intArg(by!))),
  command('decrby', 3, (ctx, [key, by]) => {
    const n = intArg(by!);
    if (n === INT64_MIN) fail('ERR decrement would overflow');
    return incrBy(ctx, key!, -n);
  }),
  command('append', 3, (ctx, [key, value]) => {
    const cur = ctx.ks.writeTyped(key!, 'string');
    const next = (cur?.value ?? '') + value!;
    ctx.ks.set(key!, { type: 'string', value: next }, true);
    return byteLength(next);
  }),
  command('strlen', 2, (ctx, [key]) => byteLength(getString(ctx, key!) ?? '')),
];
