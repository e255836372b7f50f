import { INT64_MAX, INT64_MIN, parseInt64 } from './numbers';
import { errors, fail } from './reply';

/**
 * Expiry times as Redis keeps them: a deadline in unix milliseconds that must fit in a signed
 * 64-bit integer, as must the amount of time it was given as. Arithmetic is exact, in BigInt.
 */

/** How an expiry argument counts: in seconds or ms, from now (EX, EXPIRE) or from the epoch (EXAT). */
export interface ExpirySpelling {
  unit: 'seconds' | 'milliseconds';
  from: 'now' | 'epoch';
}

const fitsInt64 = (n: bigint) => n >= INT64_MIN && n <= INT64_MAX;

/** The deadline an amount names, or null when the amount in ms or the deadline leaves the int64 range. */
function deadlineOf(amount: bigint, spelling: ExpirySpelling, nowMs: number): bigint | null {
  const ms = spelling.unit === 'seconds' ? amount * 1000n : amount;
  const deadline = spelling.from === 'now' ? ms + BigInt(nowMs) : ms;
  return fitsInt64(ms) && fitsInt64(deadline) ? deadline : null;
}

/** The integer an expiry argument must be; anything else is Redis's not-an-integer error. */
function amountOf(arg: string): bigint {
  const amount = parseInt64(arg);
  if (amount === null) fail(errors.notInteger);
  return amount;
}

/**
 * The deadline of an EXPIRE-family argument. Any integer is a time, a past one included (the key
 * is then deleted), as long as the deadline it names can be held.
 */
export function expireDeadline(arg: string, spelling: ExpirySpelling, nowMs: number, command: string): bigint {
  const deadline = deadlineOf(amountOf(arg), spelling, nowMs);
  if (deadline === null) fail(errors.expireTime(command));
  return deadline;
}

/** The deadline of a SET-family expiry (EX, PX, EXAT, PXAT, SETEX, PSETEX): a positive integer, its deadline held. */
export function setDeadline(arg: string, spelling: ExpirySpelling, nowMs: number, command: string): bigint {
  const amount = amountOf(arg);
  const deadline = amount > 0n ? deadlineOf(amount, spelling, nowMs) : null;
  if (deadline === null) fail(errors.expireTime(command));
  return deadline;
}

/** Time left, as TTL reports it: whole seconds, a half second or more counting as one. */
export function roundToSeconds(ms: bigint): bigint {
  const seconds = ms / 1000n;
  return ms % 1000n >= 500n ? seconds + 1n : seconds;
}
