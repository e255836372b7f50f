import { command, type CommandContext, type CommandSpec } from './command';
import { INT64_MAX, INT64_MIN, parseInt64 } from './numbers';
import { errors, fail, integerReply } from './reply';

/** Hash commands: HSET, HMSET, HGET, HMGET, HGETALL, HDEL, HEXISTS, HLEN, HKEYS, HVALS, HINCRBY. */

function readHash(ctx: CommandContext, key: string): Map<string, string> | undefined {
  return ctx.ks.readTyped(key, 'hash')?.value;
}

function writeHash(ctx: CommandContext, key: string): Map<string, string> {
  const cur = ctx.ks.writeTyped(key, 'hash');
  if (cur) return cur.value;
  const value = new Map<string, string>();
  ctx.ks.set(key, { type: 'hash', value });
  return value;
}

function hset(ctx: CommandContext, args: string[], name: string): number {
  if (args.length % 2 === 0) fail(errors.arity(name));
  const [key, ...pairs] = args as [string, ...string[]];
  const h = writeHash(ctx, key);
  let added = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    if (!h.has(pairs[i]!)) added++;
    h.set(pairs[i]!, pairs[i + 1]!);
  }
  return added;
}

export const hashCommands: readonly CommandSpec[] = [
  command('hset', -4, (ctx, args) => hset(ctx, args, 'hset')),
  command('hmset', -4, (ctx, args) => {
    hset(ctx, args, 'hmset');
    return 'OK';
  }),
  command('hget', 3, (ctx, [key, field]) => readHash(ctx, key!)?.get(field!) ?? null),
  command('hmget', -3, (ctx, [key, ...fields]) => {
    const h = readHash(ctx, key!);
    return fields.map((f) => h?.get(f) ?? null);
  }),
  command('hgetall', 2, (ctx, [key]) => [...(readHash(ctx, key!) ?? new Map<string, string>())].flat()),
  command('hdel', -3, (ctx, [key, ...fields]) => {
    const h = ctx.ks.writeTyped(key!, 'hash')?.value;
    if (!h) return 0;
    const removed = fields.filter((f) => h.delete(f)).length;
    if (h.size === 0) ctx.ks.delete(key!);
    return removed;
  }),
  command('hexists', 3, (ctx, [key, field]) => (readHash(ctx, key!)?.has(field!) ? 1 : 0)),
  command('hlen', 2, (ctx, [key]) => readHash(ctx, key!)?.size ?? 0),
  command('hkeys', 2, (ctx, [key]) => [...(readHash(ctx, key!)?.keys() ?? [])]),
  command('hvals', 2, (ctx, [key]) => [...(readHash(ctx, key!)?.values() ?? [])]),
  command('hincrby', 4, (ctx, [key, field, by]) => {
    const incr = parseInt64(by!);
    if (incr === null) fail(errors.notInteger);
    const h = writeHash(ctx, key!);
    const curText = h.get(field!);
    const cur = curText === undefined ? 0n : parseInt64(curText);
    if (cur === null) fail(errors.hashNotInteger);
    const next = cur + incr;
    if (next > INT64_MAX || next < INT64_MIN) fail(errors.overflow);
    h.set(field!, next.toString());
    return integerReply(next);
  }),
];
