import { ALL_KEYS, command, type CommandContext, type CommandSpec } from './command';

/** MSET's keys: every other argument. */
const EVERY_OTHER_KEY = { first: 1, last: -1, step: 2 };
import { setDeadline, type ExpirySpelling } from './expiry';
import { INT64_MAX, INT64_MIN, parseInt64 } from './numbers';
import { optionGrammar, readOptions, type Options } from './options';
import { errors, fail, integerReply, type Reply } from './reply';

/** String commands: GET, SET (EX/PX/EXAT/PXAT/NX/XX/GET/KEEPTTL), SETEX, PSETEX, SETNX, MGET, MSET, INCR/DECR(BY), APPEND, STRLEN, GETDEL. */

function getString(ctx: CommandContext, key: string): string | null {
  return ctx.ks.readTyped(key, 'string')?.value ?? null;
}

/** How each SET word counts its expiry argument; the argument itself is checked once the whole argv is read. */
const expiryWord = (spelling: ExpirySpelling) => ({ group: 'ttl', takes: 1, read: ([arg]: string[]) => ({ arg: arg!, spelling }) });

/** SET's options: a write condition, GET, and one way to set or keep the TTL. */
const setGrammar = optionGrammar({
  words: {
    NX: { group: 'condition' },
    XX: { group: 'condition' },
    GET: {},
    KEEPTTL: { group: 'ttl' },
    EX: expiryWord({ unit: 'seconds', from: 'now' }),
    PX: expiryWord({ unit: 'milliseconds', from: 'now' }),
    EXAT: expiryWord({ unit: 'seconds', from: 'epoch' }),
    PXAT: expiryWord({ unit: 'milliseconds', from: 'epoch' }),
  },
});

type SetOptions = Options<typeof setGrammar.words>;

/** Whether SET writes: NX writes only a missing key, XX only an existing one. */
function shouldWrite(exists: boolean, opts: SetOptions): boolean {
  if (opts.NX) return !exists;
  if (opts.XX) return exists;
  return true;
}

function set(ctx: CommandContext, [key, value, ...rest]: string[]): Reply {
  const opts = readOptions(setGrammar, rest);
  const expiry = opts.EX ?? opts.PX ?? opts.EXAT ?? opts.PXAT;
  const deadline = expiry ? setDeadline(expiry.arg, expiry.spelling, ctx.now(), 'set') : null;
  // GET reads the old value first, so a key of another type stops SET with WRONGTYPE.
  const previous = opts.GET ? getString(ctx, key!) : null;
  const writes = shouldWrite(ctx.ks.exists(key!), opts);
  if (writes) {
    ctx.ks.set(key!, { type: 'string', value: value! }, opts.KEEPTTL === true);
    if (deadline !== null) ctx.ks.setExpireAt(key!, deadline);
  }
  if (opts.GET) return previous;
  return writes ? 'OK' : null;
}

function incrBy(ctx: CommandContext, key: string, by: bigint): Reply {
  const cur = ctx.ks.writeTyped(key, 'string');
  const value = cur ? parseInt64(cur.value) : 0n;
  if (value === null) fail(errors.notInteger);
  const next = value + by;
  if (next > INT64_MAX || next < INT64_MIN) fail(errors.overflow);
  ctx.ks.set(key, { type: 'string', value: next.toString() }, true);
  return integerReply(next);
}

function intArg(s: string): bigint {
  const n = parseInt64(s);
  if (n === null) fail(errors.notInteger);
  return n;
}

function setWithExpire(ctx: CommandContext, [key, ttl, value]: string[], unit: ExpirySpelling['unit'], command: string): Reply {
  const deadline = setDeadline(ttl!, { unit, from: 'now' }, ctx.now(), command);
  ctx.ks.set(key!, { type: 'string', value: value! });
  ctx.ks.setExpireAt(key!, deadline);
  return 'OK';
}

export const stringCommands: readonly CommandSpec[] = [
  command('get', 2, (ctx, [key]) => getString(ctx, key!)),
  command('set', -3, set),
  command('setex', 4, (ctx, args) => setWithExpire(ctx, args, 'seconds', 'setex')),
  command('psetex', 4, (ctx, args) => setWithExpire(ctx, args, 'milliseconds', 'psetex')),
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
  command(
    'mget',
    -2,
    (ctx, keys) =>
      keys.map((k) => {
        const v = ctx.ks.read(k);
        return v?.type === 'string' ? v.value : null;
      }),
    ALL_KEYS,
  ),
  command(
    'mset',
    -3,
    (ctx, args) => {
      if (args.length % 2 !== 0) fail(errors.arity('mset'));
      for (let i = 0; i < args.length; i += 2) ctx.ks.set(args[i]!, { type: 'string', value: args[i + 1]! });
      return 'OK';
    },
    EVERY_OTHER_KEY,
  ),
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
    return next.length;
  }),
  command('strlen', 2, (ctx, [key]) => (getString(ctx, key!) ?? '').length),
];
