import { expect, it } from 'vitest';
import { expectReplyError, NOT_INTEGER, WRONGTYPE } from './helpers';
import type { RedisTarget } from './targets';

/** HSET, HMSET, HGET, HMGET, HGETALL, HDEL, HEXISTS, HLEN, HKEYS, HVALS, HINCRBY. */
export function hashCases(t: () => RedisTarget): void {
  it('HSET counts new fields; HGET and HGETALL (an object through ioredis) read them', async () => {
    const { redis } = t();
    expect(await redis.hset('user:1', 'name', 'Ana', 'country', 'BR')).toBe(2);
    expect(await redis.hset('user:1', { name: 'Ana Lima', age: 30 })).toBe(1);
    expect(await redis.hget('user:1', 'name')).toBe('Ana Lima');
    expect(await redis.hget('user:1', 'missing')).toBeNull();
    expect(await redis.hget('nokey', 'f')).toBeNull();
    expect(await redis.hgetall('user:1')).toEqual({ name: 'Ana Lima', country: 'BR', age: '30' });
    expect(await redis.hgetall('nokey')).toEqual({});
    expect(await redis.hmget('user:1', 'name', 'nope')).toEqual(['Ana Lima', null]);
    expect(await redis.hmset('m', { a: 1 })).toBe('OK');
    await expectReplyError(redis.hset('user:1', 'only-field'), "ERR wrong number of arguments for 'hset' command");
  });

  it('HDEL removes fields and the key with the last one; HEXISTS, HLEN, HKEYS, HVALS', async () => {
    const { redis } = t();
    await redis.hset('h', 'a', '1', 'b', '2', 'c', '3');
    expect(await redis.hexists('h', 'a')).toBe(1);
    expect(await redis.hlen('h')).toBe(3);
    expect(((await redis.hkeys('h')) as string[]).sort()).toEqual(['a', 'b', 'c']);
    expect(((await redis.hvals('h')) as string[]).sort()).toEqual(['1', '2', '3']);
    expect(await redis.hdel('h', 'a', 'zz')).toBe(1);
    expect(await redis.hdel('h', 'b', 'c')).toBe(2);
    expect(await redis.exists('h')).toBe(0);
    expect(await redis.hdel('h', 'a')).toBe(0);
  });

  it('HINCRBY counts; errors for non-integer fields, increments and overflow', async () => {
    const { redis } = t();
    expect(await redis.hincrby('h', 'n', 5)).toBe(5);
    expect(await redis.hincrby('h', 'n', -7)).toBe(-2);
    await redis.hset('h', 's', 'abc', 'max', '9223372036854775807');
    await expectReplyError(redis.hincrby('h', 's', 1), 'ERR hash value is not an integer');
    await expectReplyError(redis.hincrby('h', 'n', 'x'), NOT_INTEGER);
    await expectReplyError(redis.hincrby('h', 'max', 1), 'ERR increment or decrement would overflow');
  });

  it('hash commands on a string are WRONGTYPE', async () => {
    const { redis } = t();
    await redis.set('s', 'v');
    await expectReplyError(redis.hget('s', 'f'), WRONGTYPE);
    await expectReplyError(redis.hset('s', 'f', 'v'), WRONGTYPE);
    await expectReplyError(redis.hgetall('s'), WRONGTYPE);
    await expectReplyError(redis.hdel('s', 'f'), WRONGTYPE);
    await expectReplyError(redis.hincrby('s', 'f', 1), WRONGTYPE);
  });
}
