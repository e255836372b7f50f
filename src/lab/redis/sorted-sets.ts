import { command, type CommandContext, type CommandSpec } from './command';
import { formatDouble, parseDouble, parseInt64, parseScoreBound } from './numbers';
import { optionGrammar, readOptions, splitLeadingOptions, type Options } from './options';
import { errors, fail, type Reply } from './reply';
import { SortedSet, type ScoredMember } from './sorted-set';

/**
 * Sorted-set commands for sliding-window rate limits and rankings: ZADD (NX/XX/GT/LT/CH/INCR),
 * ZINCRBY, ZREM, ZCARD, ZSCORE, ZCOUNT, ZRANGE (BYSCORE/REV/LIMIT/WITHSCORES), ZREVRANGE,
 * ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZREMRANGEBYSCORE.
 */

/** A score range read from its two ends, as a membership test; an end written "(x" excludes x. */
function scoreRange(minArg: string, maxArg: string): (score: number) => boolean {
  const low = parseScoreBound(minArg);
  const high = parseScoreBound(maxArg);
  if (!low || !high) fail(errors.minMaxNotFloat);
  const aboveLow = (score: number) => (low.exclusive ? score > low.value : score >= low.value);
  const belowHigh = (score: number) => (high.exclusive ? score < high.value : score <= high.value);
  return (score) => aboveLow(score) && belowHigh(score);
}

function integer(s: string): number {
  const n = parseInt64(s);
  if (n === null) fail(errors.notInteger);
  return Number(n);
}

function withScores(items: ScoredMember[], scores: boolean): Reply {
  // RESP3 sends each member with its score as a pair; ioredis flattens them for its lowercase names.
  return scores ? items.map((i) => [i.member, formatDouble(i.score)]) : items.map((i) => i.member);
}

function readZset(ctx: CommandContext, key: string): SortedSet | undefined {
  return ctx.ks.readTyped(key, 'zset')?.value;
}

function cleanupEmpty(ctx: CommandContext, key: string, z: SortedSet): void {
  if (z.size === 0) ctx.ks.delete(key);
}

/** ZADD's flags, written before the first score. */
const zaddGrammar = optionGrammar({
  words: { NX: {}, XX: {}, GT: {}, LT: {}, CH: {}, INCR: {} },
  conflicts: [
    { oneOf: ['NX', 'XX'], error: 'ERR XX and NX options at the same time are not compatible' },
    { oneOf: ['GT', 'LT', 'NX'], error: 'ERR GT, LT, and/or NX options at the same time are not compatible' },
  ],
});

type ZaddOptions = Options<typeof zaddGrammar.words>;

/**
 * The score a member ends up with: `current` is its score now (undefined when it is not in the
 * set), `given` the score or, with INCR, the increment. Null when the flags leave it as it is:
 * XX adds nothing, NX changes nothing, GT and LT change a score only upwards or downwards.
 */
function nextScore(current: number | undefined, given: number, opts: ZaddOptions): number | null {
  if (current === undefined) return opts.XX ? null : given;
  if (opts.NX) return null;
  const next = opts.INCR ? current + given : given;
  if (Number.isNaN(next)) fail('ERR resulting score is not a number (NaN)');
  if (opts.GT && next <= current) return null;
  if (opts.LT && next >= current) return null;
  return next;
}

function scoredMembers(args: string[]): ScoredMember[] {
  const pairs: ScoredMember[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const score = parseDouble(args[i]!);
    if (score === null) fail(errors.notFloat);
    pairs.push({ score, member: args[i + 1]! });
  }
  return pairs;
}

/** Applies ZADD to the pairs in order, creating the key with its first member; replies as ZADD (or ZINCRBY) does. */
function addMembers(ctx: CommandContext, key: string, pairs: ScoredMember[], opts: ZaddOptions): Reply {
  let z = ctx.ks.writeTyped(key, 'zset')?.value;
  let added = 0;
  let updated = 0;
  let result: number | null = null;
  for (const { member, score } of pairs) {
    const current = z?.score(member);
    result = nextScore(current, score, opts);
    if (result === null || result === current) continue;
    if (!z) {
      z = new SortedSet();
      ctx.ks.set(key, { type: 'zset', value: z });
    }
    z.set(member, result);
    if (current === undefined) added++;
    else updated++;
  }
  // INCR takes one pair: its reply is that member's score, nil when the flags left it out.
  if (opts.INCR) return result === null ? null : formatDouble(result);
  return opts.CH ? added + updated : added;
}

function zadd(ctx: CommandContext, [key, ...args]: string[]): Reply {
  const [flags, pairs] = splitLeadingOptions(zaddGrammar, args);
  if (pairs.length === 0 || pairs.length % 2 !== 0) fail(errors.syntax);
  const opts = readOptions(zaddGrammar, flags);
  if (opts.INCR && pairs.length > 2) fail('ERR INCR option supports a single increment-element pair');
  return addMembers(ctx, key!, scoredMembers(pairs), opts);
}

/** What a ZRANGE asks for, whichever spelling it came in. */
interface RangeQuery {
  by: 'rank' | 'score' | 'lex';
  reverse: boolean;
  withScores: boolean;
  limit?: { offset: number; count: number };
}

const pageWords = {
  WITHSCORES: {},
  LIMIT: { takes: 2, read: ([offset, count]: string[]) => ({ offset: integer(offset!), count: integer(count!) }) },
};

/** ZRANGE's options: the kind of range (rank unless BYSCORE or BYLEX), its direction, and the page. */
const zrangeGrammar = optionGrammar({
  words: { ...pageWords, BYSCORE: { group: 'by', once: true }, BYLEX: { group: 'by', once: true }, REV: { once: true } },
});

/** The older spellings (ZREVRANGE, ZRANGEBYSCORE, ...) name the kind and direction; only the page is an option. */
const pageGrammar = optionGrammar({ words: pageWords });

function zrangeQuery(args: string[]): RangeQuery {
  const opts = readOptions(zrangeGrammar, args);
  const by = opts.BYSCORE ? 'score' : opts.BYLEX ? 'lex' : 'rank';
  return { by, reverse: opts.REV === true, withScores: opts.WITHSCORES === true, limit: opts.LIMIT };
}

const spelledQuery =
  (by: RangeQuery['by'], reverse: boolean) =>
  (args: string[]): RangeQuery => {
    const opts = readOptions(pageGrammar, args);
    return { by, reverse, withScores: opts.WITHSCORES === true, limit: opts.LIMIT };
  };

/** Members from index `start` to `stop`, both included, negative ones counting from the end; indexes past an end are clamped. */
function byRank(startArg: string, stopArg: string): (ordered: ScoredMember[]) => ScoredMember[] {
  const start = integer(startArg);
  const stop = integer(stopArg);
  return (ordered) => {
    const n = ordered.length;
    const from = Math.max(0, start < 0 ? n + start : start);
    const to = Math.min(n - 1, stop < 0 ? n + stop : stop);
    return from <= to ? ordered.slice(from, to + 1) : [];
  };
}

/** Members in a score range, paged by LIMIT: `count` of them from `offset`, all when count is negative, none when offset is. */
function byScore(minArg: string, maxArg: string, limit: RangeQuery['limit']): (ordered: ScoredMember[]) => ScoredMember[] {
  const inRange = scoreRange(minArg, maxArg);
  return (ordered) => {
    const matching = ordered.filter((i) => inRange(i.score));
    if (!limit) return matching;
    if (limit.offset < 0) return [];
    return matching.slice(limit.offset, limit.count < 0 ? undefined : limit.offset + limit.count);
  };
}

function zrange(ctx: CommandContext, [key, start, stop, ...args]: string[], read: (args: string[]) => RangeQuery): Reply {
  const query = read(args);
  // A rank range takes no LIMIT, but Redis only objects to one that counts: a count of -1, its
  // "no count", passes (and its offset is ignored).
  if (query.limit && query.limit.count !== -1 && query.by === 'rank') {
    fail('ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX');
  }
  if (query.withScores && query.by === 'lex') fail('ERR syntax error, WITHSCORES not supported in combination with BYLEX');
  if (query.by === 'lex') fail("ERR the lab's Redis does not implement BYLEX");
  // In reverse, a score range is written from its high end: ZRANGE key max min BYSCORE REV.
  const [low, high] = query.reverse ? [stop!, start!] : [start!, stop!];
  const pick = query.by === 'rank' ? byRank(start!, stop!) : byScore(low, high, query.limit);
  const z = readZset(ctx, key!);
  if (!z) return [];
  return withScores(pick(query.reverse ? z.all().reverse() : z.all()), query.withScores);
}

export const sortedSetCommands: readonly CommandSpec[] = [
  command('zadd', -4, zadd),
  command('zincrby', 4, (ctx, [key, increment, member]) => addMembers(ctx, key!, scoredMembers([increment!, member!]), { INCR: true })),
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
    const inRange = scoreRange(min!, max!);
    return (
      readZset(ctx, key!)
        ?.all()
        .filter((i) => inRange(i.score)).length ?? 0
    );
  }),
  command('zrange', -4, (ctx, args) => zrange(ctx, args, zrangeQuery)),
  command('zrevrange', -4, (ctx, args) => zrange(ctx, args, spelledQuery('rank', true))),
  command('zrangebyscore', -4, (ctx, args) => zrange(ctx, args, spelledQuery('score', false))),
  command('zrevrangebyscore', -4, (ctx, args) => zrange(ctx, args, spelledQuery('score', true))),
  command('zremrangebyscore', 4, (ctx, [key, min, max]) => {
    const inRange = scoreRange(min!, max!);
    const z = ctx.ks.writeTyped(key!, 'zset')?.value;
    if (!z) return 0;
    let removed = 0;
    for (const i of z.all()) if (inRange(i.score) && z.remove(i.member)) removed++;
    cleanupEmpty(ctx, key!, z);
    return removed;
  }),
];
