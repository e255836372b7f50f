import { expect, it } from 'vitest';
import { expectReplyError, NOT_INTEGER, SYNTAX, WRONGTYPE } from './helpers';
import type { RedisTarget } from './targets';

/** ZADD and its options, ZINCRBY, ZREM, ZCARD, ZSCORE, ZCOUNT, ZRANGE (BYSCORE/REV/LIMIT/WITHSCORES), ZRANGEBYSCORE, ZREMRANGEBYSCORE. */
export function sortedSetCases(t: () => RedisTarget): void {
  it('ZADD adds members ordered by score then member; ZCARD and ZSCORE', async () => {
    const { redis } = t();
    expect(await redis.zadd('z', 3, 'c', 1, 'a', 2, 'b', 2, 'aa')).toBe(4);
    expect(await redis.zadd('z', 5, 'c')).toBe(0);
    expect(await redis.zcard('z')).toBe(4);
    expect(await redis.zcard('none')).toBe(0);
    expect(await redis.zscore('z', 'c')).toBe('5');
    expect(await redis.zscore('z', 'nope')).toBeNull();
    expect(await redis.zrange('z', 0, -1)).toEqual(['a', 'aa', 'b', 'c']);
    expect(await redis.zrange('z', 0, -1, 'WITHSCORES')).toEqual(['a', '1', 'aa', '2', 'b', '2', 'c', '5']);
  });

  it('scores are doubles: fractions, exponents, infinities, and the reply format', async () => {
    const { redis } = t();
    await redis.zadd('z', '1.5', 'x', '-2e3', 'y', '+inf', 'top', '-inf', 'bottom', '0.1', 'tenth');
    expect(await redis.zscore('z', 'x')).toBe('1.5');
    expect(await redis.zscore('z', 'y')).toBe('-2000');
    expect(await redis.zscore('z', 'top')).toBe('inf');
    expect(await redis.zscore('z', 'bottom')).toBe('-inf');
    expect(await redis.zscore('z', 'tenth')).toBe('0.10000000000000001');
    await redis.zadd('z', '-0', 'zero', '123456789012345678', 'big', '1.5e-7', 'tiny');
    expect(await redis.zscore('z', 'zero')).toBe('0');
    expect(await redis.zscore('z', 'big')).toBe('1.2345678901234568e+17');
    expect(await redis.zscore('z', 'tiny')).toBe('1.4999999999999999e-07');
    await redis.zadd('z', '0x10', 'hex', '-0x1.8p1', 'hexfraction');
    expect(await redis.zscore('z', 'hex')).toBe('16');
    expect(await redis.zscore('z', 'hexfraction')).toBe('-3');
    expect(await redis.zrangebyscore('z', '(0x1p3', '0x10')).toEqual(['hex']);
    await expectReplyError(redis.zadd('z', '0x', 'm'), 'ERR value is not a valid float');
    await expectReplyError(redis.zadd('z', 'abc', 'm'), 'ERR value is not a valid float');
    await expectReplyError(redis.zadd('z', 'nan', 'm'), 'ERR value is not a valid float');
    await expectReplyError(redis.zadd('z', '', 'm'), 'ERR value is not a valid float');
    await expectReplyError(redis.zadd('z', 1, 'm', 2), SYNTAX);
  });

  it('ZADD NX/XX/GT/LT/CH/INCR and their conflicts', async () => {
    const { redis } = t();
    await redis.zadd('z', 10, 'm');
    expect(await redis.zadd('z', 'NX', 20, 'm', 1, 'n')).toBe(1);
    expect(await redis.zscore('z', 'm')).toBe('10');
    expect(await redis.zadd('z', 'XX', 'CH', 30, 'm', 1, 'new')).toBe(1);
    expect(await redis.zscore('z', 'new')).toBeNull();
    expect(await redis.zadd('z', 'GT', 'CH', 5, 'm')).toBe(0);
    expect(await redis.zadd('z', 'GT', 'CH', 50, 'm')).toBe(1);
    expect(await redis.zadd('z', 'LT', 'CH', 40, 'm', 7, 'fresh')).toBe(2);
    expect(await redis.zadd('z', 'INCR', 2, 'm')).toBe('42');
    expect(await redis.zadd('z', 'NX', 'INCR', 2, 'm')).toBeNull();
    expect(await redis.zadd('none', 'XX', 1, 'm')).toBe(0);
    expect(await redis.exists('none')).toBe(0);
    await expectReplyError(redis.zadd('z', 'NX', 'XX', 1, 'm'), 'ERR XX and NX options at the same time are not compatible');
    await expectReplyError(redis.zadd('z', 'GT', 'LT', 1, 'm'), 'ERR GT, LT, and/or NX options at the same time are not compatible');
    await expectReplyError(redis.zadd('z', 'INCR', 1, 'a', 2, 'b'), 'ERR INCR option supports a single increment-element pair');
    await redis.zadd('inf', '+inf', 'm');
    await expectReplyError(redis.zadd('inf', 'INCR', '-inf', 'm'), 'ERR resulting score is not a number (NaN)');
  });

  it('ZINCRBY and ZREM', async () => {
    const { redis } = t();
    expect(await redis.zincrby('z', 2.5, 'm')).toBe('2.5');
    expect(await redis.zincrby('z', -1, 'm')).toBe('1.5');
    await expectReplyError(redis.zincrby('z', 'x', 'm'), 'ERR value is not a valid float');
    expect(await redis.zrem('z', 'm', 'nope')).toBe(1);
    expect(await redis.exists('z')).toBe(0);
  });

  it('ZRANGE by index (negative indexes, REV), BYSCORE with LIMIT, and its syntax errors', async () => {
    const { redis } = t();
    await redis.zadd('z', 1, 'a', 2, 'b', 3, 'c', 4, 'd', 5, 'e');
    expect(await redis.zrange('z', -2, -1)).toEqual(['d', 'e']);
    expect(await redis.zrange('z', 1, 100)).toEqual(['b', 'c', 'd', 'e']);
    expect(await redis.zrange('z', 3, 1)).toEqual([]);
    expect(await redis.zrange('z', 0, 1, 'REV')).toEqual(['e', 'd']);
    expect(await redis.zrevrange('z', 0, 1, 'WITHSCORES')).toEqual(['e', '5', 'd', '4']);
    expect(await redis.zrange('z', 2, 4, 'BYSCORE')).toEqual(['b', 'c', 'd']);
    expect(await redis.zrange('z', '(2', '+inf', 'BYSCORE', 'LIMIT', 1, 2)).toEqual(['d', 'e']);
    expect(await redis.zrange('z', 4, 2, 'BYSCORE', 'REV', 'WITHSCORES')).toEqual(['d', '4', 'c', '3', 'b', '2']);
    expect(await redis.zrange('none', 0, -1)).toEqual([]);
    await expectReplyError(
      redis.zrange('z', 0, 1, 'LIMIT', 0, 1),
      'ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX',
    );
    // A count of -1 is Redis's "no count": a rank range lets such a LIMIT pass and ignores it.
    expect(await redis.zrange('z', 0, 1, 'LIMIT', 3, -1)).toEqual(['a', 'b']);
    expect(await redis.zrange('z', 1, '+inf', 'BYSCORE', 'LIMIT', 3, -1)).toEqual(['d', 'e']);
    await expectReplyError(redis.zrange('z', 'a', 1), NOT_INTEGER);
    await expectReplyError(redis.zrange('z', 'x', 1, 'BYSCORE'), 'ERR min or max is not a float');
    await expectReplyError(redis.zrange('z', 0, 1, 'SIDEWAYS'), SYNTAX);
  });

  it('ZRANGEBYSCORE with exclusive bounds, infinities, LIMIT; ZCOUNT', async () => {
    const { redis } = t();
    await redis.zadd('w', 100, 'r1', 200, 'r2', 300, 'r3', 400, 'r4');
    expect(await redis.zrangebyscore('w', 200, 300)).toEqual(['r2', 'r3']);
    expect(await redis.zrangebyscore('w', '(200', '(400')).toEqual(['r3']);
    expect(await redis.zrangebyscore('w', '-inf', '+inf', 'WITHSCORES', 'LIMIT', 1, 2)).toEqual(['r2', '200', 'r3', '300']);
    expect(await redis.zrangebyscore('w', '-inf', '+inf', 'LIMIT', 0, -1)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(await redis.zrangebyscore('w', '-inf', '+inf', 'LIMIT', -1, 2)).toEqual([]);
    expect(await redis.zrevrangebyscore('w', '+inf', 250)).toEqual(['r4', 'r3']);
    expect(await redis.zcount('w', '(100', 400)).toBe(3);
    await expectReplyError(redis.zrangebyscore('w', 'low', 'high'), 'ERR min or max is not a float');
    await expectReplyError(redis.zrangebyscore('w', 0, 1, 'REV'), SYNTAX);
  });

  it('ZREMRANGEBYSCORE trims a sliding window and deletes an emptied key', async () => {
    const { redis } = t();
    await redis.zadd('win', 1000, 'a', 2000, 'b', 3000, 'c');
    expect(await redis.zremrangebyscore('win', '-inf', '(2000')).toBe(1);
    expect(await redis.zrange('win', 0, -1)).toEqual(['b', 'c']);
    expect(await redis.zremrangebyscore('win', 0, 5000)).toBe(2);
    expect(await redis.exists('win')).toBe(0);
    expect(await redis.zremrangebyscore('win', 0, 1)).toBe(0);
    await expectReplyError(redis.zremrangebyscore('win', 'a', 1), 'ERR min or max is not a float');
  });

  it('sorted-set commands on a string are WRONGTYPE', async () => {
    const { redis } = t();
    await redis.set('s', 'v');
    await expectReplyError(redis.zadd('s', 1, 'm'), WRONGTYPE);
    await expectReplyError(redis.zrange('s', 0, -1), WRONGTYPE);
    await expectReplyError(redis.zcard('s'), WRONGTYPE);
    await expectReplyError(redis.zscore('s', 'm'), WRONGTYPE);
    await expectReplyError(redis.zremrangebyscore('s', 0, 1), WRONGTYPE);
  });
}
