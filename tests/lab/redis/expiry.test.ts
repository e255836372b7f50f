import { describe, expect, it } from 'vitest';
import { expireDeadline, roundToSeconds, setDeadline } from '~/lab/redis/expiry';
import { labTarget } from './contract/targets';
import { replyErrorOf } from './reply-error-of';

const MAX = 2n ** 63n - 1n;
const now = 1_767_258_000_000;
const relativeSeconds = { unit: 'seconds', from: 'now' } as const;
const relativeMs = { unit: 'milliseconds', from: 'now' } as const;
const absoluteSeconds = { unit: 'seconds', from: 'epoch' } as const;

describe('expiry deadlines', () => {
  it('are exact unix ms for any int64 deadline, past ones included for EXPIRE', () => {
    expect(expireDeadline('10', relativeSeconds, now, 'expire')).toBe(BigInt(now) + 10_000n);
    expect(expireDeadline('-9223372036854775808', relativeMs, now, 'pexpire')).toBe(-(2n ** 63n) + BigInt(now));
    expect(expireDeadline(String(MAX - BigInt(now)), relativeMs, now, 'pexpire')).toBe(MAX);
  });

  it('fail when the amount in ms or the deadline leaves int64', () => {
    const invalid = "ERR invalid expire time in 'pexpire' command";
    expect(replyErrorOf(() => expireDeadline(String(MAX - BigInt(now) + 1n), relativeMs, now, 'pexpire'))).toBe(invalid);
    expect(replyErrorOf(() => expireDeadline('9223372036854776', relativeSeconds, now, 'pexpire'))).toBe(invalid);
    expect(replyErrorOf(() => expireDeadline('-9223372036854776', relativeSeconds, now, 'pexpire'))).toBe(invalid);
    expect(expireDeadline('-9223372036854775', relativeSeconds, now, 'expire')).toBe(-9223372036854775000n + BigInt(now));
    expect(replyErrorOf(() => expireDeadline('1.5', relativeSeconds, now, 'expire'))).toBe('ERR value is not an integer or out of range');
  });

  it('for SET are positive amounts, and EXAT needs no room for now', () => {
    expect(replyErrorOf(() => setDeadline('0', relativeSeconds, now, 'set'))).toBe("ERR invalid expire time in 'set' command");
    expect(replyErrorOf(() => setDeadline('-1', relativeMs, now, 'psetex'))).toBe("ERR invalid expire time in 'psetex' command");
    expect(setDeadline('9223372036854775', absoluteSeconds, now, 'set')).toBe(9223372036854775000n);
    expect(replyErrorOf(() => setDeadline('9223372036854775', relativeSeconds, now, 'set'))).toBe(
      "ERR invalid expire time in 'set' command",
    );
    expect(setDeadline('1', absoluteSeconds, now, 'set')).toBe(1000n);
  });

  it('round to seconds for TTL with halves going up', () => {
    expect([1n, 499n, 500n, 1499n, 1500n, 2600_000n].map(roundToSeconds)).toEqual([0n, 0n, 1n, 1n, 2n, 2600n]);
  });
});

describe("the lab's TTL, its clock standing still", () => {
  it('reports the time left rounded half up, -1 without a deadline, -2 without the key', async () => {
    const { redis } = labTarget();
    await redis.set('k', 'v');
    const ttls = [];
    for (const ms of [499, 500, 1499, 1500]) {
      await redis.pexpire('k', ms);
      ttls.push([await redis.ttl('k'), await redis.pttl('k')]);
    }
    expect(ttls).toEqual([
      [0, 499],
      [1, 500],
      [1, 1499],
      [2, 1500],
    ]);
    expect(await redis.persist('k')).toBe(1);
    expect(await redis.ttl('k')).toBe(-1);
    expect(await redis.ttl('none')).toBe(-2);
  });
});

describe('the expiry boundary, as Redis has it (expired once now > expireAt)', () => {
  it('keeps a key during the very millisecond it expires at, SET … PXAT now included', async () => {
    const target = labTarget();
    const { redis } = target;
    target.setClock(now);
    await redis.set('k', 'v', 'PXAT', String(now));
    expect(await redis.get('k')).toBe('v');
    expect(await redis.pttl('k')).toBe(0);
    await redis.set('j', 'v', 'PX', '5');
    target.setClock(now + 5);
    expect(await redis.get('j')).toBe('v');
    target.setClock(now + 6);
    expect(await redis.get('j')).toBeNull();
    expect(await redis.get('k')).toBeNull();
  });

  it('PEXPIRE 0 (a deadline of now) deletes the key at once, as Redis does', async () => {
    const target = labTarget();
    target.setClock(now);
    await target.redis.set('k', 'v');
    expect(await target.redis.pexpire('k', 0)).toBe(1);
    expect(await target.redis.exists('k')).toBe(0);
  });
});
