/**
 * Randomized command sequences for the differential half of the contract: the same sequence runs
 * on the lab and on redis-server, and every reply, error text and TTL must agree.
 */
import fc from 'fast-check';
import { edgeCommandArb } from './edge-commands';
import type { AnyRedis } from './targets';
import { resolveTimes } from './times';
import { bound, field, index, key, member, score, value } from './values';

const seconds = fc.oneof(fc.integer({ min: 30, max: 100_000 }).map(String), fc.constantFrom('0', '-1', 'x', '1.5'));
const millis = fc.oneof(fc.integer({ min: 30_000, max: 10_000_000 }).map(String), fc.constantFrom('0', '-5', 'abc'));
const pattern = fc.constantFrom(
  ...['*', 'a*', '[ab]', '?', '[^a]', '*[cd]', 'rate:*', 'r?te:[0-9]'],
  // Malformed patterns Redis still reads its own way: a backwards range, a range ending in `]`,
  // a set never closed, empty sets, escapes inside a set, a trailing backslash.
  ...['[c-a]', '[a-]*', 'rate[', 'r[a', '[^]', '[]*', '[\\]]', '[\\a-c]', 'a\\', '\\a', '**?', 'rate:[^0-9]*'],
);
const expireOpt = fc.constantFrom([], ['NX'], ['XX'], ['GT'], ['LT'], ['NX', 'GT'], ['GT', 'LT'], ['BAD']);

const setOptions = fc
  .tuple(
    fc.shuffledSubarray(['NX', 'XX', 'GET', 'KEEPTTL']),
    fc.option(fc.tuple(fc.constantFrom('EX', 'PX'), fc.oneof(seconds, millis)), { nil: undefined }),
  )
  .map(([flags, exp]) => [...flags, ...(exp ?? [])]);

const zaddFlags = fc.shuffledSubarray(['NX', 'XX', 'GT', 'LT', 'CH', 'INCR'], { maxLength: 3 });

/** Everyday commands with ordinary arguments, as an argv (name first). */
const everydayCommandArb: fc.Arbitrary<string[]> = fc.oneof(
  key.map((k) => ['get', k]),
  fc.tuple(key, value, setOptions).map(([k, v, o]) => ['set', k, v, ...o]),
  fc.tuple(key, seconds, value).map(([k, s, v]) => ['setex', k, s, v]),
  fc.tuple(key, value).map(([k, v]) => ['setnx', k, v]),
  key.map((k) => ['getdel', k]),
  fc.array(key, { minLength: 1, maxLength: 3 }).map((ks) => ['mget', ...ks]),
  fc.tuple(key, value, key, value).map(([k1, v1, k2, v2]) => ['mset', k1, v1, k2, v2]),
  key.map((k) => ['incr', k]),
  key.map((k) => ['decr', k]),
  fc.tuple(key, value).map(([k, v]) => ['incrby', k, v]),
  fc.tuple(key, value).map(([k, v]) => ['decrby', k, v]),
  fc.tuple(key, value).map(([k, v]) => ['append', k, v]),
  key.map((k) => ['strlen', k]),
  fc.array(key, { minLength: 1, maxLength: 3 }).map((ks) => ['del', ...ks]),
  fc.array(key, { minLength: 1, maxLength: 3 }).map((ks) => ['exists', ...ks]),
  fc.tuple(key, seconds, expireOpt).map(([k, s, o]) => ['expire', k, s, ...o]),
  fc.tuple(key, millis, expireOpt).map(([k, s, o]) => ['pexpire', k, s, ...o]),
  key.map((k) => ['ttl', k]),
  key.map((k) => ['pttl', k]),
  key.map((k) => ['persist', k]),
  key.map((k) => ['type', k]),
  pattern.map((p) => ['keys', p]),
  fc.constant(['dbsize'] as string[]),
  fc
    .tuple(key, field, value, fc.option(fc.tuple(field, value), { nil: undefined }))
    .map(([k, f, v, more]) => ['hset', k, f, v, ...(more ?? [])]),
  fc.tuple(key, field).map(([k, f]) => ['hget', k, f]),
  key.map((k) => ['hgetall', k]),
  fc.tuple(key, field).map(([k, f]) => ['hdel', k, f]),
  fc.tuple(key, field, value).map(([k, f, v]) => ['hincrby', k, f, v]),
  fc.tuple(key, field, field).map(([k, f, g]) => ['hmget', k, f, g]),
  key.map((k) => ['hlen', k]),
  fc
    .tuple(key, zaddFlags, score, member, fc.option(fc.tuple(score, member), { nil: undefined }))
    .map(([k, fl, s, m, more]) => ['zadd', k, ...fl, s, m, ...(more ?? [])]),
  fc.tuple(key, score, member).map(([k, s, m]) => ['zincrby', k, s, m]),
  fc.tuple(key, index, index, fc.shuffledSubarray(['REV', 'WITHSCORES'])).map(([k, a, b, o]) => ['zrange', k, a, b, ...o]),
  fc.tuple(key, bound, bound, fc.shuffledSubarray(['REV', 'WITHSCORES'])).map(([k, a, b, o]) => ['zrange', k, a, b, 'BYSCORE', ...o]),
  fc
    .tuple(key, bound, bound, fc.boolean(), fc.option(fc.tuple(index, index), { nil: undefined }))
    .map(([k, a, b, ws, lim]) => ['zrangebyscore', k, a, b, ...(ws ? ['WITHSCORES'] : []), ...(lim ? ['LIMIT', ...lim] : [])]),
  fc.tuple(key, bound, bound).map(([k, a, b]) => ['zremrangebyscore', k, a, b]),
  fc.tuple(key, bound, bound).map(([k, a, b]) => ['zcount', k, a, b]),
  key.map((k) => ['zcard', k]),
  fc.tuple(key, member).map(([k, m]) => ['zscore', k, m]),
  fc.tuple(key, member).map(([k, m]) => ['zrem', k, m]),
  fc.tuple(fc.constantFrom('frobnicate', 'GETT', 'Zadd2'), key).map(([c, k]) => [c, k]),
);

/** One command as an argv (name first): mostly everyday ones, a third at the edges of option parsing. */
const commandArb: fc.Arbitrary<string[]> = fc.oneof({ weight: 2, arbitrary: everydayCommandArb }, { weight: 1, arbitrary: edgeCommandArb });

/** A step: one command, or a MULTI/EXEC block sent as ioredis does. */
export type Step = { cmd: string[] } | { multi: string[][] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 9, arbitrary: commandArb.map((cmd) => ({ cmd })) },
  { weight: 1, arbitrary: fc.array(commandArb, { minLength: 1, maxLength: 4 }).map((multi) => ({ multi })) },
);

const commandsOf = (step: Step) => ('cmd' in step ? [step.cmd] : step.multi);
const isPastTime = (arg: string) => arg === '1' || /^\{nows?-/.test(arg);
const setsPastExpiry = (argv: string[]) =>
  argv[0]!.toLowerCase() === 'set' && argv.some((a, i) => /^(ex|px)at$/i.test(a) && isPastTime(argv[i + 1] ?? ''));

/**
 * A sequence of 1 to 25 steps. Redis stores a key SET with an EXAT/PXAT already past, and DBSIZE
 * counts it until the server's active expiry reclaims it, a tenth of a second or so later on its
 * own clock; the lab, which has no background expiry, counts only live keys. So a sequence that
 * sets a past expiry does not also ask DBSIZE; everything else such a key does is compared.
 */
export const sequenceArb: fc.Arbitrary<Step[]> = fc.array(stepArb, { minLength: 1, maxLength: 25 }).filter((steps) => {
  const argvs = steps.flatMap(commandsOf);
  return !(argvs.some(setsPastExpiry) && argvs.some((argv) => argv[0] === 'dbsize'));
});

type Normalized = unknown;

/** Replies made comparable: errors by text, KEYS sorted (its order is the server's hash order). */
function normalize(name: string, reply: unknown): Normalized {
  if (reply instanceof Error) return { error: reply.message };
  if (Array.isArray(reply)) {
    if (name === 'keys') return [...(reply as string[])].sort();
    return reply.map((r) =>
      Array.isArray(r) && r.length <= 2 && (r[0] === null || r[0] instanceof Error) ? r.map((x) => normalize('', x)) : normalize('', r),
    );
  }
  return reply;
}

/** Runs a step, its time tokens read against `nowMs` (unix ms, the sequence's start), and returns its normalized reply. */
export async function runStep(redis: AnyRedis, step: Step, nowMs: bigint): Promise<Normalized> {
  if ('cmd' in step) {
    const [name, ...args] = resolveTimes(step.cmd, nowMs);
    return redis.call(name!, ...args).then(
      (r: unknown) => normalize(name!.toLowerCase(), r),
      (e: Error) => normalize(name!, e),
    );
  }
  const names = step.multi.map((c) => c[0]!.toLowerCase());
  const tx = step.multi.reduce((p: AnyRedis, cmd) => {
    const [name, ...args] = resolveTimes(cmd, nowMs);
    return p.call(name, ...args);
  }, redis.multi());
  return tx.exec().then(
    (r: unknown[][]) => r.map(([err, v], i) => (err ? { error: (err as Error).message } : normalize(names[i]!, v))),
    (e: Error) => ({ error: e.message }),
  );
}

/**
 * Whether two normalized replies agree. TTLs are compared within what real time can have moved
 * on the real server during the sequence (the lab's clock stands still): PTTL within 2 s, TTL ±1.
 * Past 2^53 ioredis reads an integer reply approximately (digit by digit in a double), so TTLs
 * that large, from expiries near the int64 edge, agree within one part in 2^44.
 */
export function agree(step: Step, lab: Normalized, real: Normalized): boolean {
  if ('multi' in step && Array.isArray(lab) && Array.isArray(real)) {
    return lab.length === real.length && lab.every((l, i) => agreeOne(step.multi[i]![0]!.toLowerCase(), l, real[i]));
  }
  return agreeOne('cmd' in step ? step.cmd[0]!.toLowerCase() : '', lab, real);
}

const APPROXIMATE = 2 ** -44;

function agreeOne(name: string, lab: Normalized, real: Normalized): boolean {
  const ttls = typeof lab === 'number' && typeof real === 'number' && lab > 0 && real > 0;
  if (name === 'pttl' && ttls) return Math.abs(lab - real) <= Math.max(2_000, real * APPROXIMATE);
  if (name === 'ttl' && ttls) return Math.abs(lab - real) <= Math.max(1, real * APPROXIMATE);
  return JSON.stringify(lab) === JSON.stringify(real);
}
