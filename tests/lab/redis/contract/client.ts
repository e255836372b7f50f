import { expect, it } from 'vitest';
import { expectReplyError, WRONGTYPE } from './helpers';
import type { AnyRedis, RedisTarget } from './targets';

const bytes = (b: unknown) => [...(b as Uint8Array)];

async function errorOf(promise: Promise<unknown>): Promise<Error & { command?: unknown }> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: Error) => e,
  );
}

async function collect(stream: AnyRedis): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    const chunks: unknown[][] = [];
    stream.on('data', (keys: unknown[]) => chunks.push(keys));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

/** What the ioredis client itself does: reply shapes by spelling, pipelines, bytes, keyPrefix, streams, connecting. */
export function clientCases(t: () => RedisTarget): void {
  it('call() reads a reply as its spelling is read: ZRANGE WITHSCORES in pairs, zrange flat, HGETALL flat, hgetall an object', async () => {
    const { redis } = t();
    await redis.zadd('z', 1, 'a', 2.5, 'b');
    await redis.hset('h', 'f', '1', 'g', '2');
    expect(await redis.call('ZRANGE', 'z', 0, -1, 'WITHSCORES')).toEqual([
      ['a', '1'],
      ['b', '2.5'],
    ]);
    expect(await redis.call('Zrange', 'z', 0, -1, 'WITHSCORES')).toEqual([
      ['a', '1'],
      ['b', '2.5'],
    ]);
    expect(await redis.call('zrange', 'z', 0, -1, 'WITHSCORES')).toEqual(['a', '1', 'b', '2.5']);
    expect(await redis.zrange('z', 0, -1, 'WITHSCORES')).toEqual(['a', '1', 'b', '2.5']);
    expect(await redis.call('ZREVRANGEBYSCORE', 'z', '+inf', '-inf', 'WITHSCORES')).toEqual([
      ['b', '2.5'],
      ['a', '1'],
    ]);
    expect(await redis.zrangebyscore('z', '-inf', '+inf', 'WITHSCORES')).toEqual(['a', '1', 'b', '2.5']);
    expect(await redis.call('HGETALL', 'h')).toEqual(['f', '1', 'g', '2']);
    expect(await redis.call('hgetall', 'h')).toEqual({ f: '1', g: '2' });
    expect(await redis.call('ZSCORE', 'z', 'b')).toBe('2.5');
  });

  it("call('multi') … call('exec') gives EXEC's raw array; exec() after multi({ pipeline: false }) wraps it, untransformed", async () => {
    const { redis } = t();
    await redis.hset('h', 'f', '1');
    await redis.set('s', 'text');
    expect(await redis.call('multi')).toBe('OK');
    expect(await redis.call('set', 'k', 'v')).toBe('QUEUED');
    expect(await redis.call('incr', 's')).toBe('QUEUED');
    expect(await redis.call('hgetall', 'h')).toBe('QUEUED');
    const raw = await redis.call('exec');
    expect(raw[0]).toBe('OK');
    expect(raw[1]).toBeInstanceOf(Error);
    expect(raw[1].message).toBe('ERR value is not an integer or out of range');
    expect(raw[2]).toEqual(['f', '1']);
    expect(await redis.multi({ pipeline: false })).toBe('OK');
    expect(await redis.hgetall('h')).toBe('QUEUED');
    expect(await redis.zrange('none', 0, -1, 'WITHSCORES')).toBe('QUEUED');
    expect(await redis.exec()).toEqual([
      [null, ['f', '1']],
      [null, []],
    ]);
    expect(await redis.multi({ pipeline: false })).toBe('OK');
    expect(await redis.hgetall('h')).toBe('QUEUED');
    expect(await redis.call('EXEC')).toEqual([['f', '1']]);
  });

  it('a MULTI pipeline reads each reply by the spelling of its command', async () => {
    const { redis } = t();
    await redis.hset('h', 'f', '1');
    await redis.zadd('z', 3, 'm');
    const result = await redis
      .multi()
      .call('HGETALL', 'h')
      .hgetall('h')
      .call('ZRANGE', 'z', 0, -1, 'WITHSCORES')
      .zrange('z', 0, -1, 'WITHSCORES')
      .exec();
    expect(result).toEqual([
      [null, ['f', '1']],
      [null, { f: '1' }],
      [null, [['m', '3']]],
      [null, ['m', '3']],
    ]);
    expect(await redis.pipeline().call('HGETALL', 'h').hgetall('h').exec()).toEqual([
      [null, ['f', '1']],
      [null, { f: '1' }],
    ]);
  });

  it("a command's own callback inside a pipeline gets its reply or error; inside MULTI it gets QUEUED", async () => {
    const { redis } = t();
    await redis.hset('h', 'f', '1');
    const seen: unknown[] = [];
    const note = (name: string) => (err: Error | null, value?: unknown) => seen.push([name, err?.message ?? null, value ?? null]);
    await redis.pipeline().set('a', '2', note('set')).get('a', note('get')).incr('h', note('incr')).hgetall('h', note('hgetall')).exec();
    expect(seen).toEqual([
      ['set', null, 'OK'],
      ['get', null, '2'],
      ['incr', WRONGTYPE, null],
      ['hgetall', null, { f: '1' }],
    ]);
    seen.length = 0;
    const result = await redis.multi().set('a', '3', note('set')).incr('h', note('incr')).exec();
    expect(seen).toEqual([
      ['set', null, 'QUEUED'],
      ['incr', null, 'QUEUED'],
    ]);
    expect(result[0]).toEqual([null, 'OK']);
    expect(result[1][0].message).toBe(WRONGTYPE);
  });

  it('exec() called twice sends the commands again and resolves to the first result at the pipeline level', async () => {
    const { redis } = t();
    const pipeline = redis.pipeline().incr('n');
    expect(await pipeline.exec()).toEqual([[null, 1]]);
    expect(await pipeline.exec()).toEqual([[null, 1]]);
    expect(await redis.get('n')).toBe('2');
    const multi = redis.multi().incr('n');
    expect(await multi.exec()).toEqual([[null, 3]]);
    expect(await multi.exec()).toEqual([
      [null, 'OK'],
      [null, 'QUEUED'],
      [null, [3]],
    ]);
    expect(await redis.get('n')).toBe('4');
    expect(await redis.pipeline().exec()).toEqual([]);
    expect(await redis.multi().exec()).toEqual([]);
  });

  it('keyPrefix goes before every key of a command, never before a KEYS or SCAN pattern nor into replies', async () => {
    const target = t();
    const app = target.client({ keyPrefix: 'app:' });
    expect(await app.set('k', 'v')).toBe('OK');
    expect(await app.mset('a', '1', 'b', '2')).toBe('OK');
    expect(await app.mget('a', 'b', 'k')).toEqual(['1', '2', 'v']);
    expect(await app.zadd('z', 1, 'k')).toBe(1);
    expect(((await target.redis.keys('*')) as string[]).sort()).toEqual(['app:a', 'app:b', 'app:k', 'app:z']);
    expect(await app.keys('k')).toEqual([]);
    expect(((await app.keys('app:*')) as string[]).sort()).toEqual(['app:a', 'app:b', 'app:k', 'app:z']);
    expect(await app.exists('a', 'b', 'nope')).toBe(2);
    expect(await app.call('GET', 'k')).toBe('v');
    expect(await app.zrange('z', 0, -1)).toEqual(['k']);
    expect(await app.del('a', 'b')).toBe(2);
    expect(await target.redis.get('app:k')).toBe('v');
    expect(await app.pipeline().get('k').exec()).toEqual([[null, 'v']]);
    expect(await app.multi().incr('counter').exec()).toEqual([[null, 1]]);
    expect(await target.redis.get('app:counter')).toBe('1');
  });

  it('Buffer arguments go as bytes and *Buffer methods give bytes back', async () => {
    const { redis } = t();
    const raw = Buffer.from([0xff, 0x00, 0x41]);
    expect(await redis.set('b', raw)).toBe('OK');
    expect(await redis.strlen('b')).toBe(3);
    expect(await redis.get('b')).toBe('\ufffd\u0000A');
    expect(bytes(await redis.getBuffer('b'))).toEqual([0xff, 0x00, 0x41]);
    expect(bytes(await redis.callBuffer('GET', 'b'))).toEqual([0xff, 0x00, 0x41]);
    expect(await redis.getBuffer('nope')).toBeNull();
    expect(await redis.append('b', Buffer.from([0xc3]))).toBe(4);
    expect(await redis.append('b', Buffer.from([0xa7]))).toBe(5);
    expect(await redis.get('b')).toBe('\ufffd\u0000Aç');
    await redis.hset('h', 'f', 'ç');
    const hash = await redis.hgetallBuffer('h');
    expect(Object.keys(hash)).toEqual(['f']);
    expect(bytes(hash.f)).toEqual([0xc3, 0xa7]);
    await redis.zadd('z', 1, 'ç');
    expect((await redis.zrangeBuffer('z', 0, -1, 'WITHSCORES')).map(bytes)).toEqual([[0xc3, 0xa7], [0x31]]);
    expect((await redis.mgetBuffer('b', 'nope')).map((v: unknown) => (v === null ? null : bytes(v)))).toEqual([
      [0xff, 0x00, 0x41, 0xc3, 0xa7],
      null,
    ]);
    const [[, piped], [, text]] = await redis.pipeline().getBuffer('h2').get('b').exec();
    expect([piped, text]).toEqual([null, '\ufffd\u0000Aç']);
    expect(await redis.incrBuffer('n')).toBe(1);
    expect(await redis.set(Buffer.from([0xc3]), 'half')).toBe('OK');
    expect(await redis.get(Buffer.from([0xc3]))).toBe('half');
    expect(await redis.exists('\ufffd')).toBe(0);
  });

  it('glob ? and [...] match bytes: ç is two of them', async () => {
    const { redis } = t();
    await redis.set('ç', '1');
    await redis.set('é', '2');
    await redis.set(Buffer.from([0xc3]), '3');
    expect(await redis.keys('?')).toEqual(['\ufffd']);
    expect(((await redis.keys('??')) as string[]).sort()).toEqual(['ç', 'é']);
    expect(await redis.keys('[ç]')).toEqual(['\ufffd']);
    expect(await redis.keys('\u00c3?')).toEqual([]);
    // § and © are C2 A7 and C2 A9 in UTF-8: the set holds those three bytes, so it matches ç's and é's second byte.
    expect(((await redis.keys('?[§©]')) as string[]).sort()).toEqual(['ç', 'é']);
    expect(await redis.exists('ç', 'é')).toBe(2);
  });

  it('scanStream() yields every key once, in chunks of one SCAN call each, with match and count', async () => {
    const { redis } = t();
    const names = Array.from({ length: 25 }, (_, i) => `user:${i}`);
    await redis.mset(...names.flatMap((k) => [k, 'v']), 'other', 'v');
    const chunks = await collect(redis.scanStream({ match: 'user:*', count: 5 }));
    expect(chunks.length).toBeGreaterThan(1);
    expect((chunks.flat() as string[]).sort()).toEqual([...names].sort());
    const iterated: string[] = [];
    for await (const keys of redis.scanStream({ count: 100 })) iterated.push(...(keys as string[]));
    expect(iterated.sort()).toEqual([...names, 'other'].sort());
  });

  it('lazyConnect waits for connect(); a second connect() rejects; status tells which', async () => {
    const target = t();
    const lazy = target.client({ lazyConnect: true });
    expect(lazy.status).toBe('wait');
    expect(await lazy.connect()).toBeUndefined();
    expect(lazy.status).toBe('ready');
    await expect(lazy.connect()).rejects.toThrow('Redis is already connecting/connected');
    expect(await lazy.ping()).toBe('PONG');
    const eager = target.client({ lazyConnect: true });
    expect(await eager.set('k', 'v')).toBe('OK');
    expect(eager.status).toBe('ready');
    await expect(eager.connect()).rejects.toThrow('Redis is already connecting/connected');
  });

  it('integer replies past 2^53 come out as ioredis parses them', async () => {
    const { redis } = t();
    expect(await redis.incrby('a', '9007199254740993')).toBe(9007199254740992);
    // INT64_MAX reads as 2^63, the double nearest to it.
    expect(await redis.incrby('b', '9223372036854775807')).toBe(2 ** 63);
    expect(await redis.incrby('c', '-9223372036854775808')).toBe(-(2 ** 63));
    expect(await redis.incrby('d', '123456789012345678')).toBe(123456789012345680);
    expect(await redis.get('b')).toBe('9223372036854775807');
    expect(await redis.hincrby('h', 'f', '9007199254740995')).toBe(9007199254740996);
  });

  it('SCAN reads its cursor as strtoul does: "", +0 and 00 are 0, -1 wraps; a space, a fraction or 2^64 is invalid', async () => {
    const { redis } = t();
    await redis.mset('a', '1', 'b', '2');
    for (const zero of ['', '+0', '00', '-0']) {
      const [next, keys] = await redis.scan(zero);
      expect([next, (keys as string[]).sort()]).toEqual(['0', ['a', 'b']]);
    }
    for (const wraps of ['-1', '18446744073709551615', '-18446744073709551615']) {
      const [next] = await redis.scan(wraps);
      expect(typeof next).toBe('string');
    }
    for (const bad of [' 0', '0 ', '1.5', '0x10', '+', '-', '18446744073709551616', '-18446744073709551616', 'abc']) {
      await expectReplyError(redis.scan(bad), 'ERR invalid cursor');
    }
  });

  it('reply errors carry their command and are kept on one line, cut at a NUL, as Redis sends them', async () => {
    const { redis } = t();
    await redis.set('k', 'v');
    const err = await errorOf(redis.incr('k'));
    expect(err.name).toBe('ReplyError');
    expect(err.command).toEqual({ name: 'incr', args: ['k'] });
    await expectReplyError(redis.expire('k', 10, 'a\r\nb'), 'ERR Unsupported option a  b');
    await expectReplyError(redis.expire('k', 10, 'a\0b'), 'ERR Unsupported option a');
    await expectReplyError(redis.expire('k', 10, 'ção'), 'ERR Unsupported option ção');
    await expectReplyError(redis.call('no\r\nsuch', 'x\ny'), "ERR unknown command 'no  such', with args beginning with: 'x y' ");
  });
}
