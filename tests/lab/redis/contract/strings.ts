import { expect, it } from 'vitest';
import { expectReplyError, NOT_INTEGER, SYNTAX, WRONGTYPE } from './helpers';
import type { RedisTarget } from './targets';

/** GET, SET and its options, SETEX, PSETEX, SETNX, MGET, MSET, INCR/DECR(BY), APPEND, STRLEN, GETDEL. */
export function stringCases(t: () => RedisTarget): void {
  it('GET returns null for a missing key and the string stored by SET', async () => {
    const { redis } = t();
    expect(await redis.get('missing')).toBeNull();
    expect(await redis.set('k', 'v')).toBe('OK');
    expect(await redis.get('k')).toBe('v');
    expect(await redis.set('n', 42)).toBe('OK');
    expect(await redis.get('n')).toBe('42');
  });

  it('SET NX sets only a missing key and XX only an existing one', async () => {
    const { redis } = t();
    expect(await redis.set('k', '1', 'NX')).toBe('OK');
    expect(await redis.set('k', '2', 'NX')).toBeNull();
    expect(await redis.set('k', '3', 'XX')).toBe('OK');
    expect(await redis.set('other', '3', 'XX')).toBeNull();
    expect(await redis.get('k')).toBe('3');
    expect(await redis.exists('other')).toBe(0);
  });

  it('SET GET returns the old value; on a hash it is WRONGTYPE; NX with GET is allowed', async () => {
    const { redis } = t();
    expect(await redis.set('k', 'a', 'GET')).toBeNull();
    expect(await redis.set('k', 'b', 'GET')).toBe('a');
    expect(await redis.set('k', 'c', 'NX', 'GET')).toBe('b');
    expect(await redis.get('k')).toBe('b');
    await redis.hset('h', 'f', 'v');
    await expectReplyError(redis.set('h', 'x', 'GET'), WRONGTYPE);
    expect(await redis.set('h', 'x')).toBe('OK');
    expect(await redis.type('h')).toBe('string');
  });

  it('SET EX/PX set a TTL, a plain SET clears it, KEEPTTL keeps it', async () => {
    const { redis } = t();
    await redis.set('k', 'v', 'EX', 100);
    expect(await redis.ttl('k')).toBe(100);
    const pttl = await redis.pttl('k');
    expect(pttl).toBeGreaterThan(99_000);
    expect(pttl).toBeLessThanOrEqual(100_000);
    await redis.set('k', 'v2', 'KEEPTTL');
    expect(await redis.ttl('k')).toBeGreaterThanOrEqual(99);
    await redis.set('k', 'v3');
    expect(await redis.ttl('k')).toBe(-1);
    await redis.set('p', 'v', 'PX', 5_000, 'NX');
    expect(await redis.pttl('p')).toBeGreaterThan(4_000);
  });

  it('SET rejects bad expiry values and conflicting options exactly as Redis does', async () => {
    const { redis } = t();
    await expectReplyError(redis.set('k', 'v', 'EX', 0), "ERR invalid expire time in 'set' command");
    await expectReplyError(redis.set('k', 'v', 'EX', -5), "ERR invalid expire time in 'set' command");
    await expectReplyError(redis.set('k', 'v', 'PX', 'soon'), NOT_INTEGER);
    await expectReplyError(redis.set('k', 'v', 'EX', 1.5), NOT_INTEGER);
    await expectReplyError(redis.set('k', 'v', 'NX', 'XX'), SYNTAX);
    await expectReplyError(redis.set('k', 'v', 'EX', 10, 'PX', 100), SYNTAX);
    await expectReplyError(redis.set('k', 'v', 'EX'), SYNTAX);
    await expectReplyError(redis.set('k', 'v', 'KEEPTTL', 'EX', 10), SYNTAX);
    await expectReplyError(redis.set('k', 'v', 'FOREVER'), SYNTAX);
    await expectReplyError(redis.set('k'), "ERR wrong number of arguments for 'set' command");
    expect(await redis.exists('k')).toBe(0);
  });

  it('a key set with PX expires (the lab advances its clock; the real server is polled)', async () => {
    const target = t();
    const { redis } = target;
    await redis.set('short', 'v', 'PX', 30);
    expect(await redis.get('short')).toBe('v');
    await target.waitUntil(async () => (await redis.get('short')) === null);
    expect(await redis.ttl('short')).toBe(-2);
    expect(await redis.exists('short')).toBe(0);
  });

  it('SETEX and PSETEX set value and TTL; a TTL of 0 is rejected', async () => {
    const { redis } = t();
    expect(await redis.setex('k', 3600, 'v')).toBe('OK');
    expect(await redis.ttl('k')).toBe(3600);
    expect(await redis.psetex('p', 60_000, 'v')).toBe('OK');
    const pttl = await redis.pttl('p');
    expect(pttl).toBeGreaterThan(59_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
    await expectReplyError(redis.setex('k', 0, 'v'), "ERR invalid expire time in 'setex' command");
    await expectReplyError(redis.setex('k', 'x', 'v'), NOT_INTEGER);
    await expectReplyError(redis.psetex('k', -1, 'v'), "ERR invalid expire time in 'psetex' command");
  });

  it('SETNX and GETDEL', async () => {
    const { redis } = t();
    expect(await redis.setnx('k', 'a')).toBe(1);
    expect(await redis.setnx('k', 'b')).toBe(0);
    expect(await redis.getdel('k')).toBe('a');
    expect(await redis.getdel('k')).toBeNull();
  });

  it('MSET and MGET (nil for missing keys and for keys of another type)', async () => {
    const { redis } = t();
    expect(await redis.mset('a', '1', 'b', '2')).toBe('OK');
    expect(await redis.mset({ c: 3 })).toBe('OK');
    await redis.hset('h', 'f', 'v');
    expect(await redis.mget('a', 'b', 'c', 'missing', 'h')).toEqual(['1', '2', '3', null, null]);
    expect(await redis.mget(['a', 'c'])).toEqual(['1', '3']);
    await expectReplyError(redis.mset('a', '1', 'b'), "ERR wrong number of arguments for 'mset' command");
  });

  it('INCR, INCRBY, DECR, DECRBY count on integers and keep the TTL', async () => {
    const { redis } = t();
    expect(await redis.incr('c')).toBe(1);
    expect(await redis.incrby('c', 10)).toBe(11);
    expect(await redis.decr('c')).toBe(10);
    expect(await redis.decrby('c', 15)).toBe(-5);
    expect(await redis.get('c')).toBe('-5');
    await redis.set('t', '5', 'EX', 60);
    expect(await redis.incr('t')).toBe(6);
    expect(await redis.ttl('t')).toBe(60);
  });

  it('INCR on a non-integer, on a hash, past int64, or by a non-integer fails as Redis fails', async () => {
    const { redis } = t();
    for (const bad of ['abc', '1.5', ' 1', '01', '+1', '-0', '']) {
      await redis.set('s', bad);
      await expectReplyError(redis.incr('s'), NOT_INTEGER);
    }
    await redis.hset('h', 'f', 'v');
    await expectReplyError(redis.incr('h'), WRONGTYPE);
    await redis.set('max', '9223372036854775807');
    await expectReplyError(redis.incr('max'), 'ERR increment or decrement would overflow');
    await redis.set('min', '-9223372036854775808');
    await expectReplyError(redis.decr('min'), 'ERR increment or decrement would overflow');
    await expectReplyError(redis.incrby('c', 'ten'), NOT_INTEGER);
    await expectReplyError(redis.incrby('c', '99999999999999999999'), NOT_INTEGER);
    await expectReplyError(redis.decrby('c', '-9223372036854775808'), 'ERR decrement would overflow');
    expect(await redis.exists('c')).toBe(0);
  });

  it('APPEND and STRLEN count bytes (UTF-8)', async () => {
    const { redis } = t();
    expect(await redis.append('k', 'abc')).toBe(3);
    expect(await redis.append('k', 'ção')).toBe(8);
    expect(await redis.get('k')).toBe('abcção');
    expect(await redis.strlen('k')).toBe(8);
    expect(await redis.strlen('missing')).toBe(0);
    await redis.zadd('z', 1, 'm');
    await expectReplyError(redis.append('z', 'x'), WRONGTYPE);
    await expectReplyError(redis.get('z'), WRONGTYPE);
  });
}
