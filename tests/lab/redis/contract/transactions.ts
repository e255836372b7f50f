import { expect, it } from 'vitest';
import { WRONGTYPE } from './helpers';
import type { RedisTarget } from './targets';

/** MULTI/EXEC (as ioredis sends them: one pipeline), DISCARD, pipelines. */
export function transactionCases(t: () => RedisTarget): void {
  it('multi().exec() returns [error, reply] pairs; a runtime error does not stop the rest', async () => {
    const { redis } = t();
    await redis.set('s', 'text');
    const result = await redis.multi().incr('n').incr('s').hset('h', 'f', '1').hgetall('h').get('n').exec();
    expect(result).toHaveLength(5);
    expect(result[0]).toEqual([null, 1]);
    expect(result[1]).toHaveLength(1);
    expect(result[1][0].message).toBe('ERR value is not an integer or out of range');
    expect(result[2]).toEqual([null, 1]);
    expect(result[3]).toEqual([null, { f: '1' }]);
    expect(result[4]).toEqual([null, '1']);
  });

  it('a command rejected while queueing aborts EXEC (EXECABORT) and nothing runs', async () => {
    const { redis } = t();
    const err = await redis
      .multi()
      .set('a', '1')
      .call('NOSUCHCOMMAND')
      .exec()
      .then(
        () => null,
        (e: Error) => e,
      );
    expect(err?.message).toBe('EXECABORT Transaction discarded because of previous errors.');
    expect(await redis.exists('a')).toBe(0);
  });

  it('MULTI without the pipeline: QUEUED replies, then EXEC; DISCARD; nesting and stray EXEC errors', async () => {
    const { redis } = t();
    expect(await redis.multi({ pipeline: false })).toBe('OK');
    expect(await redis.set('k', 'v')).toBe('QUEUED');
    expect(await redis.get('k')).toBe('QUEUED');
    expect(await redis.exec()).toEqual([
      [null, 'OK'],
      [null, 'v'],
    ]);
    expect(await redis.multi({ pipeline: false })).toBe('OK');
    expect(await redis.incr('k')).toBe('QUEUED');
    expect(await redis.discard()).toBe('OK');
    expect(await redis.get('k')).toBe('v');
    await expect(redis.exec()).rejects.toThrow('ERR EXEC without MULTI');
    await expect(redis.discard()).rejects.toThrow('ERR DISCARD without MULTI');
  });

  it('a pipeline sends many commands at once and returns each reply or error', async () => {
    const { redis } = t();
    await redis.hset('h', 'f', 'v');
    const result = await redis.pipeline().set('a', '1').incr('a').get('h').zadd('z', 1, 'm').exec();
    expect(result[0]).toEqual([null, 'OK']);
    expect(result[1]).toEqual([null, 2]);
    expect(result[2][0].message).toBe(WRONGTYPE);
    expect(result[3]).toEqual([null, 1]);
    const batch = await redis
      .pipeline([
        ['get', 'a'],
        ['ttl', 'a'],
      ])
      .exec();
    expect(batch).toEqual([
      [null, '2'],
      [null, -1],
    ]);
  });

  it('the fixed-window rate limiter: INCR then EXPIRE NX in one MULTI counts atomically', async () => {
    const { redis } = t();
    const hits = [];
    for (let i = 0; i < 7; i++) {
      const [[, count]] = await redis.multi().incr('rate:u1').expire('rate:u1', 60, 'NX').exec();
      hits.push(count);
    }
    expect(hits).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await redis.ttl('rate:u1')).toBe(60);
  });
}
