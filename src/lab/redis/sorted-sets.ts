import { command, type CommandContext, type CommandSpec } from './command';
import { formatDouble, parseDouble, parseInt64, parseScoreBound } from './numbers';
import { errors, fail, type Reply } from './reply';
import { SortedSet, type ScoredMember } from './sorted-set';

/**
 * Sorted-set commands for sliding-window rate limits and rankings: ZADD (NX/XX/GT/LT/CH/INCR),
 * ZINCRBY, ZREM, ZCARD, ZSCORE, ZCOUNT, ZRANGE (BYSCORE/REV/LIMIT/WITHSCORES), ZREVRANGE,
 * ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZREMRANGEBYSCORE.
 */

interface ScoreRange {
  min: number;
  max: number;
  minex: boolean;
  maxex: boolean;
}

function parseRange(minArg: string, maxArg: string): ScoreRange {
  const min = parseScoreBound(minArg);
  const max = parseScoreBound(maxArg);
  if (!min || !max) fail(errors.minMaxNotFloat);
  return { min: min.value, max: max.value, minex: min.exclusive, maxex: max.exclusive };
}

function inRange(score: number, r: ScoreRange): boolean {
  const aboveMin = r.minex ? score > r.min : score >= r.min;
  const belowMax = r.maxex ? score < r.max : score <= r.max;
  return aboveMin && belowMax;
}

function intArg(s: string): number {
  const n = parseInt64(s);
  if (n === null) fail(errors.notInteger);
  return Number(n);
}

function withScores(items: ScoredMember[], scores: boolean): Reply {
  return scores ? items.flatMap((i) => [i.member, formatDouble(i.score)]) : items.map((i) => i.member);
}

function readZset(ctx: CommandContext, key: string): SortedSet | undefined {
  return ctx.ks.readTyped(key, 'zset')?.value;
}

function zadd(ctx: CommandContext, args: string[], forceIncr: boolean): Reply {
  const key = args[0]!;
  let i = 1;
  const flags = { nx: false, xx: false, gt: false, lt: false, ch: false, incr: forceIncr };
  if (!forceIncr) {
    for (; i < args.length; i++) {
      const opt = args[i]!.toLowerCase();
      if (opt === 'nx' || opt === 'xx' || opt === 'gt' || opt === 'lt' || opt === 'ch' || opt === 'incr') flags[opt] = true;
      else break;
    }
  }
  const rest = args.slice(i);
  if (rest.length === 0 || rest.length % 2 !== 0) fail(errors.syntax);
  if (flags.nx && flags.xx) fail('ERR XX and NX options at the same time are not compatible');
  if ((flags.gt && flags.nx) || (flags.lt && flags.nx) || (flags.gt && flags.lt)) {
    fail('ERR GT, LT, and/or NX options at the same time are not compatible');
  }
  if (flags.incr && rest.length > 2) fail('ERR INCR option supports a single increment-element pair');
  const pairs: ScoredMember[] = [];
  for (let j = 0; j < rest.length; j += 2) {
    const score = parseDouble(rest[j]!);
    if (score === null) fail(errors.notFloat);
    pairs.push({ score, member: rest[j + 1]! });
  }
  let z = ctx.ks.writeTyped(key, 'zset')?.value;
  if (!z) {
    if (flags.xx) return flags.incr ? null : 0;
    z = new SortedSet();
    ctx.ks.set(key, { type: 'zset', value: z });
  }
  let added = 0;
  let changed = 0;
  let incrResult: number | null = null;
  for (const { score: s, member } of pairs) {
    const cur = z.score(member);
    if (cur !== undefined) {
      if (flags.nx) continue;
      let score = s;
      if (flags.incr) {
        score = cur + s;
        if (Number.isNaN(score)) {
          cleanupEmpty(ctx, key, z);
          fail('ERR resulting score is not a number (NaN)');
        }
      }
      if ((flags.gt && score <= cur) || (flags.lt && score >= cur)) continue;
      incrResult = score;
      if (score !== cur) {
        z.set(member, score);
        changed++;
      }
    } else {
      if (flags.xx) continue;
      z.set(member, s);
      incrResult = s;
      added++;
    }
  }
  cleanupEmpty(ctx, key, z);
  if (flags.incr) return incrResult === null ? null : formatDouble(incrResult);
  return flags.ch ? added + changed : added;
}

function cleanupEmpty(ctx: CommandContext, key: string, z: SortedSet): void {
  if (z.size === 0) ctx.ks.delete(key);
}

type RangeType = 'auto' | 'rank' | 'score' | 'lex';

/** Redis 7.0's zrangeGenericCommand: one parser for ZRANGE and its older spellings. */
function zrange(ctx: CommandContext, args: string[], presetType: RangeType, reverse: boolean | null): Reply {
  const [key, a, b, ...opts] = args as [string, string, string, ...string[]];
  let rangeType = presetType;
  let direction: 'auto' | 'forward' | 'reverse' = reverse === null ? 'auto' : reverse ? 'reverse' : 'forward';
  let scores = false;
  let offset = 0;
  let limit = -1;
  for (let j = 0; j < opts.length; j++) {
    const opt = opts[j]!.toLowerCase();
    const left = opts.length - j - 1;
    if (opt === 'withscores') scores = true;
    else if (opt === 'limit' && left >= 2) {
      offset = intArg(opts[j + 1]!);
      limit = intArg(opts[j + 2]!);
      j += 2;
    } else if (direction === 'auto' && opt === 'rev') direction = 'reverse';
    else if (rangeType === 'auto' && opt === 'bylex') rangeType = 'lex';
    else if (rangeType === 'auto' && opt === 'byscore') rangeType = 'score';
    else fail(errors.syntax);
  }
  if (direction === 'auto') direction = 'forward';
  if (rangeType === 'auto') rangeType = 'rank';
  if (limit !== -1 && rangeType === 'rank') {
    fail('ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX');
  }
  if (scores && rangeType === 'lex') fail('ERR syntax error, WITHSCORES not supported in combination with BYLEX');
  if (rangeType === 'lex') fail("ERR the lab's Redis does not implement BYLEX");
  const rev = direction === 'reverse';
  const [minArg, maxArg] = rev && rangeType === 'score' ? [b, a] : [a, b];
  if (rangeType === 'rank') {
    let start = intArg(minArg);
    let end = intArg(maxArg);
    const z = readZset(ctx, key);
    if (!z) return [];
    const items = rev ? z.all().reverse() : z.all();
    const n = items.length;
    if (start < 0) start = n + start;
    if (end < 0) end = n + end;
    if (start < 0) start = 0;
    if (start > end || start >= n) return [];
    if (end >= n) end = n - 1;
    return withScores(items.slice(start, end + 1), scores);
  }
  const range = parseRange(minArg, maxArg);
  const z = readZset(ctx, key);
  if (!z) return [];
  const ordered = rev ? z.all().reverse() : z.all();
  const matching = ordered.filter((i) => inRange(i.score, range));
  if (offset < 0) return [];
  const page = matching.slice(offset, limit < 0 ? undefined : offset + limit);
  return withScores(page, scores);
}

export const sortedSetCommands: readonly CommandSpec[] = [
  command('zadd', -4, (ctx, args) => zadd(ctx, args, false)),
  command('zincrby', 4, (ctx, args) => zadd(ctx, args, true)),
  command('zrem', -3, (ctx, [key, ...members]) => {
    const z = ctx.ks.writeTyped(key!, 'zset')?.value;
    if (!z) return 0;
    const removed = members.filter((m) => z.remove(m)).length;
    cleanupEmpty(ctx, key!, z);
    return removed;
  }),
  command('zcard', 2, (ctx, [key]) => readZset(ctx, key!)?.size ?? 0),
  command('zscore', 3, (ctx, [key, member]) => {
    const s = readZset(ctx, key!)?.score(member!);
    return s === undefined ? null : formatDouble(s);
  }),
  command('zcount', 4, (ctx, [key, min, max]) => {
    const range = parseRange(min!, max!);
    return readZset(ctx, key!)?.all().filter((i) => inRange(i.score, range)).length ?? 0;
  }),
  command('zrange', -4, (ctx, args) => zrange(ctx, args, 'auto', null)),
  command('zrevrange', -4, (ctx, args) => zrange(ctx, args, 'rank', true)),
  command('zrangebyscore', -4, (ctx, args) => zrange(ctx, args, 'score', false)),
  command('zrevrangebyscore', -4, (ctx, args) => zrange(ctx, args, 'score', true)),
  command('zremrangebyscore', 4, (ctx, [key, min, max]) => {
    const range = parseRange(min!, max!);
    const z = ctx.ks.writeTyped(key!, 'zset')?.value;
    if (!z) return 0;
    let removed = 0;
    for (const i of z.all()) if (inRange(i.score, range) && z.remove(i.member)) removed++;
    cleanupEmpty(ctx, key!, z);
    return removed;
  }),
];
