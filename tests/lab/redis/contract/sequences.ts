/**
 * Randomized command sequences for the differential half of the contract: the same sequence runs
 * on the lab and on redis-server, and every reply, error text and TTL must agree.
 */
import fc from 'fast-check';
import type { AnyRedis } from './targets';

const key = fc.constantFrom('a', 'b', 'c', 'rate:1');
const field = fc.constantFrom('f', 'g', 'h');
const member = fc.constantFrom('m1', 'm2', 'm3', 'm4');
const edgeValue = fc.constantFrom('0', '-1', '7', '007', '+1', '-0', '1.5', 'abc', '', ' 1', '9223372036854775807', '-9223372036854775808', '99999999999999999999', 'inf', '1e2', 'ção');
const value = fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), edgeValue, fc.string({ maxLength: 4 }));
const seconds = fc.oneof(fc.integer({ min: 30, max: 100_000 }).map(String), fc.constantFrom('0', '-1', 'x', '1.5'));
const millis = fc.oneof(fc.integer({ min: 30_000, max: 10_000_000 }).map(String), fc.constantFrom('0', '-5', 'abc'));
const score = fc.oneof(fc.integer({ min: -3, max: 10 }).map(String), fc.constantFrom('1.5', '-inf', '+inf', 'inf', '0.1', '1e1', 'abc', '', '-0'));
const bound = fc.oneof(score, score.map((s) => `(${s}`));
const index = fc.integer({ min: -6, max: 6 }).map(String);
const pattern = fc.constantFrom(
  ...['*', 'a*', '[ab]', '?', '[^a]', '*[cd]', 'rate:*', 'r?te:[0-9]'],
  // Malformed patterns Redis still reads its own way: a backwards range, a range ending in `]`,
  // a set never closed, empty sets, escapes inside a set, a trailing backslash.
  ...['[c-a]', '[a-]*', 'rate[', 'r[a', '[^]', '[]*', '[\\]]', '[\\a-c]', 'a\\', '\\a', '**?', 'rate:[^0-9]*'],
);
const expireOpt = fc.constantFrom([], ['NX'], ['XX'], ['GT'], ['LT'], ['NX', 'GT'], ['GT', 'LT'], ['BAD']);

const setOptions = fc
  .tuple(fc.shuffledSubarray(['NX', 'XX', 'GET', 'KEEPTTL']), fc.option(fc.tuple(fc.constantFrom('EX', 'PX'), fc.oneof(seconds, millis)), { nil: undefined }))
  .map(([flags, exp]) => [...flags, ...(exp ?? [])]);

const zaddFlags = fc.shuffledSubarray(['NX', 'XX', 'GT', 'LT', 'CH', 'INCR'], { maxLength: 3 });

/** One command as an argv (name first). */
export const commandArb: fc.Arbitrary<string[]> = fc.oneof(
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
  fc.tuple(key, field, value, fc.option(fc.tuple(field, value), { nil: undefined })).map(([k, f, v, more]) => ['hset', k, f, v, ...(more ?? [])]),
  fc.tuple(key, field).map(([k, f]) => ['hget', k, f]),
  key.map((k) => ['hgetall', k]),
  fc.tuple(key, field).map(([k, f]) => ['hdel', k, f]),
  fc.tuple(key, field, value).map(([k, f, v]) => ['hincrby', k, f, v]),
  fc.tuple(key, field, field).map(([k, f, g]) => ['hmget', k, f, g]),
  key.map((k) => ['hlen', k]),
  fc.tuple(key, zaddFlags, score, member, fc.option(fc.tuple(score, member), { nil: undefined })).map(([k, fl, s, m, more]) => ['zadd', k, ...fl, s, m, ...(more ?? [])]),
  fc.tuple(key, score, member).map(([k, s, m]) => ['zincrby', k, s, m]),
  fc.tuple(key, index, index, fc.shuffledSubarray(['REV', 'WITHSCORES'])).map(([k, a, b, o]) => ['zrange', k, a, b, ...o]),
  fc.tuple(key, bound, bound, fc.shuffledSubarray(['REV', 'WITHSCORES'])).map(([k, a, b, o]) => ['zrange', k, a, b, 'BYSCORE', ...o]),
  fc.tuple(key, bound, bound, fc.boolean(), fc.option(fc.tuple(index, index), { nil: undefined })).map(([k, a, b, ws, lim]) => [
    'zrangebyscore',
    k,
    a,
    b,
    ...(ws ? ['WITHSCORES'] : []),
    ...(lim ? ['LIMIT', ...lim] : []),
  ]),
  fc.tuple(key, bound, bound).map(([k, a, b]) => ['zremrangebyscore', k, a, b]),
  fc.tuple(key, bound, bound).map(([k, a, b]) => ['zcount', k, a, b]),
  key.map((k) => ['zcard', k]),
  fc.tuple(key, member).map(([k, m]) => ['zscore', k, m]),
  fc.tuple(key, member).map(([k, m]) => ['zrem', k, m]),
  fc.tuple(fc.constantFrom('frobnicate', 'GETT', 'Zadd2'), key).map(([c, k]) => [c, k]),
);

/** A step: one command, or a MULTI/EXEC block sent as ioredis does. */
export type Step = { cmd: string[] } | { multi: string[][] };

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 9, arbitrary: commandArb.map((cmd) => ({ cmd })) },
  { weight: 1, arbitrary: fc.array(commandArb, { minLength: 1, maxLength: 4 }).map((multi) => ({ multi })) },
);

type Normalized = unknown;

/** Replies made comparable: errors by text, KEYS sorted (its order is the server's hash order). */
function normalize(name: string, reply: unknown): Normalized {
  if (reply instanceof Error) return { error: reply.message };
  if (Array.isArray(reply)) {
    if (name === 'keys') return [...(reply as string[])].sort();
    return reply.map((r) => (Array.isArray(r) && r.length <= 2 && (r[0] === null || r[0] instanceof Error) ? r.map((x) => normalize('', x)) : normalize('', r)));
  }
  return reply;
}

/** Runs a step and returns its normalized reply. */
export async function runStep(redis: AnyRedis, step: Step): Promise<Normalized> {
  if ('cmd' in step) {
    const [name, ...args] = step.cmd;
    return redis.call(name!, ...args).then(
      (r: unknown) => normalize(name!.toLowerCase(), r),
      (e: Error) => normalize(name!, e),
    );
  }
  const names = step.multi.map((c) => c[0]!.toLowerCase());
  const tx = step.multi.reduce((p: AnyRedis, [name, ...args]) => p.call(name, ...args), redis.multi());
  return tx
    .exec()
    .then(
      (r: unknown[][]) => r.map(([err, v], i) => (err ? { error: (err as Error).message } : normalize(names[i]!, v))),
      (e: Error) => ({ error: e.message }),
    );
}

/**
 * Whether two normalized replies agree. TTLs are compared within what real time can have moved
 * on the real server during the sequence (the lab's clock stands still): PTTL within 2 s, TTL ±1.
 */
export function agree(step: Step, lab: Normalized, real: Normalized): boolean {
  if ('multi' in step && Array.isArray(lab) && Array.isArray(real)) {
    return lab.length === real.length && lab.every((l, i) => agreeOne(step.multi[i]![0]!.toLowerCase(), l, real[i]));
  }
  return agreeOne('cmd' in step ? step.cmd[0]!.toLowerCase() : '', lab, real);
}

function agreeOne(name: string, lab: Normalized, real: Normalized): boolean {
  if (name === 'pttl' && typeof lab === 'number' && typeof real === 'number' && lab > 0 && real > 0) return Math.abs(lab - real) <= 2_000;
  if (name === 'ttl' && typeof lab === 'number' && typeof real === 'number' && lab > 0 && real > 0) return Math.abs(lab - real) <= 1;
  return JSON.stringify(lab) === JSON.stringify(real);
}
