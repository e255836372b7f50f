import { expect, it } from 'vitest';
import { expectReplyError, NOT_INTEGER, SYNTAX } from './helpers';
import type { AnyRedis, RedisTarget } from './targets';

async function scanAll(redis: AnyRedis, ...opts: (string | number)[]): Promise<string[]> {
  const seen: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = (await redis.scan(cursor, ...opts)) as [string, string[]];
    seen.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return seen.sort();
}

/** DEL, UNLINK, EXISTS, EXPIRE, PEXPIRE, TTL, PTTL, PERSIST, KEYS, SCAN, TYPE, DBSIZE, FLUSHALL, unknown commands. */
export function keyCases(t: () => RedisTarget): void {
  it('DEL and UNLINK count deleted keys; EXISTS counts repeats', async () => {
    const { redis } = t();
    await redis.mset('a', '1', 'b', '2', 'c', '3');
    expect(await redis.exists('a', 'a', 'b', 'zz')).toBe(3);
    expect(await redis.del('a', 'zz')).toBe(1);
    expect(await redis.unlink('b', 'c')).toBe(2);
    expect(await redis.exists('a', 'b', 'c')).toBe(0);
    await expectReplyError(redis.del(), "ERR wrong number of arguments for 'del' command");
  });

  it('EXPIRE/PEXPIRE set TTLs; TTL rounds to seconds; -1 without TTL, -2 without key', async () => {
    const { redis } = t();
    await redis.set('k', 'v');
    expect(await redis.ttl('k')).toBe(-1);
    expect(await redis.pttl('k')).toBe(-1);
    expect(await redis.ttl('none')).toBe(-2);
    expect(await redis.pttl('none')).toBe(-2);
    expect(await redis.expire('k', 3600)).toBe(1);
    expect(await redis.ttl('k')).toBe(3600);
    expect(await redis.pexpire('k', 2600_000)).toBe(1);
    expect(await redis.ttl('k')).toBe(2600);
    expect(await redis.expire('none', 10)).toBe(0);
    await expectReplyError(redis.expire('k', 'soon'), NOT_INTEGER);
    await expectReplyError(redis.expire('k', '9223372036854775807'), "ERR invalid expire time in 'expire' command");
  });

  it('EXPIRE with 0 or a negative time deletes the key', async () => {
    const { redis } = t();
    await redis.set('a', '1');
    await redis.set('b', '1');
    expect(await redis.expire('a', 0)).toBe(1);
    expect(await redis.pexpire('b', -100)).toBe(1);
    expect(await redis.exists('a', 'b')).toBe(0);
  });

  it('EXPIRE NX/XX/GT/LT (Redis 7) and their conflicts', async () => {
    const { redis } = t();
    await redis.set('k', 'v');
    expect(await redis.expire('k', 100, 'XX')).toBe(0);
    expect(await redis.expire('k', 100, 'GT')).toBe(0);
    expect(await redis.expire('k', 100, 'NX')).toBe(1);
    expect(await redis.expire('k', 200, 'NX')).toBe(0);
    expect(await redis.expire('k', 50, 'GT')).toBe(0);
    expect(await redis.expire('k', 500, 'GT')).toBe(1);
    expect(await redis.expire('k', 600, 'LT')).toBe(0);
    expect(await redis.expire('k', 300, 'LT')).toBe(1);
    expect(await redis.ttl('k')).toBe(300);
    await expectReplyError(redis.expire('k', 10, 'NX', 'XX'), 'ERR NX and XX, GT or LT options at the same time are not compatible');
    await expectReplyError(redis.expire('k', 10, 'GT', 'LT'), 'ERR GT and LT options at the same time are not compatible');
    await expectReplyError(redis.expire('k', 10, 'SOON'), 'ERR Unsupported option SOON');
  });

  it('PERSIST removes a TTL', async () => {
    const { redis } = t();
    await redis.set('k', 'v', 'EX', 100);
    expect(await redis.persist('k')).toBe(1);
    expect(await redis.persist('k')).toBe(0);
    expect(await redis.persist('none')).toBe(0);
    expect(await redis.ttl('k')).toBe(-1);
  });

  it('KEYS matches glob patterns (*, ?, [..], [^..], ranges, escapes)', async () => {
    const { redis } = t();
    await redis.mset('user:1', 'a', 'user:2', 'b', 'user:10', 'c', 'post:1', 'd', 'u?er', 'e', 'hello', 'f', 'hallo', 'g', 'hxllo', 'h');
    const keys = async (p: string) => ((await redis.keys(p)) as string[]).sort();
    expect(await keys('*')).toHaveLength(8);
    expect(await keys('user:*')).toEqual(['user:1', 'user:10', 'user:2']);
    expect(await keys('user:?')).toEqual(['user:1', 'user:2']);
    expect(await keys('h[ae]llo')).toEqual(['hallo', 'hello']);
    expect(await keys('h[^e]llo')).toEqual(['hallo', 'hxllo']);
    expect(await keys('h[a-f]llo')).toEqual(['hallo', 'hello']);
    expect(await keys('u\\?er')).toEqual(['u?er']);
    expect(await keys('nothing*')).toEqual([]);
  });

  it('SCAN visits every key once over a full iteration, with MATCH, COUNT and TYPE', async () => {
    const { redis } = t();
    const names = Array.from({ length: 45 }, (_, i) => `key:${i}`);
    await redis.mset(...names.flatMap((k) => [k, 'v']));
    await redis.hset('hash:1', 'f', 'v');
    expect(await scanAll(redis)).toEqual([...names, 'hash:1'].sort());
    expect(await scanAll(redis, 'COUNT', 7)).toEqual([...names, 'hash:1'].sort());
    expect(await scanAll(redis, 'MATCH', 'key:1*')).toEqual(names.filter((k) => k.startsWith('key:1')).sort());
    expect(await scanAll(redis, 'TYPE', 'hash')).toEqual(['hash:1']);
    await expectReplyError(redis.scan('abc'), 'ERR invalid cursor');
    await expectReplyError(redis.scan('0', 'COUNT', 0), SYNTAX);
    await expectReplyError(redis.scan('0', 'FAST'), SYNTAX);
  });

  it('TYPE names the value type; DBSIZE counts keys; FLUSHALL empties everything', async () => {
    const { redis } = t();
    await redis.set('s', 'v');
    await redis.hset('h', 'f', 'v');
    await redis.zadd('z', 1, 'm');
    expect([await redis.type('s'), await redis.type('h'), await redis.type('z'), await redis.type('none')]).toEqual([
      'string',
      'hash',
      'zset',
      'none',
    ]);
    expect(await redis.dbsize()).toBe(3);
    expect(await redis.flushall()).toBe('OK');
    expect(await redis.dbsize()).toBe(0);
    await expectReplyError(redis.flushall('NOW'), SYNTAX);
  });

  it('an unknown command is rejected with its arguments, as Redis does', async () => {
    const { redis } = t();
    await expectReplyError(redis.call('FOOBAR', 'a', 'b'), "ERR unknown command 'FOOBAR', with args beginning with: 'a' 'b' ");
    await expectReplyError(redis.call('nope'), "ERR unknown command 'nope', with args beginning with: ");
    await expectReplyError(redis.call('GET'), "ERR wrong number of arguments for 'get' command");
    expect(await redis.call('SET', 'k', 'v')).toBe('OK');
    expect(await redis.call('get', 'k')).toBe('v');
  });

  it('an unknown command quotes the first 128 bytes of its arguments, each up to a NUL, on one line', async () => {
    const { redis } = t();
    const start = "ERR unknown command 'foobar', with args beginning with: ";
    await expectReplyError(redis.call('foobar', 'a'.repeat(200), 'b'), `${start}'${'a'.repeat(128)}' `);
    await expectReplyError(redis.call('foobar', 'x'.repeat(124), 'abc'), `${start}'${'x'.repeat(124)}' 'a' `);
    await expectReplyError(redis.call('foobar', 'x'.repeat(125), 'abc'), `${start}'${'x'.repeat(125)}' `);
    await expectReplyError(redis.call('foobar', 'a\0b', '\0', 'c'), `${start}'a' '' 'c' `);
    await expectReplyError(redis.call('foobar', 'a\r\nb'), `${start}'a  b' `);
    // 'x' and 63 ç make 127 bytes; the 128th is half of the next ç, which the client reads as U+FFFD.
    await expectReplyError(redis.call('foobar', `x${'ç'.repeat(70)}`), `${start}'x${'ç'.repeat(63)}\uFFFD' `);
    // Names match by ASCII case only: KEYS spelled with a Kelvin sign is no KEYS.
    await expectReplyError(redis.call('\u212Aeys', '*'), "ERR unknown command '\u212Aeys', with args beginning with: '*' ");
  });

  it('PING and ECHO', async () => {
    const { redis } = t();
    expect(await redis.ping()).toBe('PONG');
    expect(await redis.ping('hi')).toBe('hi');
    expect(await redis.echo('x')).toBe('x');
  });
}
