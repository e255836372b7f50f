/**
 * Replies as the `ioredis` client hands them to a program: bulk and status replies are strings,
 * integers are numbers, nil is `null`, arrays are arrays (EXEC's may hold errors). Errors are `ReplyError`s carrying the
 * exact text Redis sends.
 */
export type Reply = string | number | null | ReplyError | Reply[];

/** A Redis error reply, named as ioredis names it so `err.name` and `err.message` match. */
export class ReplyError extends Error {
  override name = 'ReplyError';
  constructor(message: string) {
    super(message);
  }
}

/** Error texts Redis 7.0 uses, shared by the command families. */
export const errors = {
  wrongType: 'WRONGTYPE Operation against a key holding the wrong kind of value',
  notInteger: 'ERR value is not an integer or out of range',
  notFloat: 'ERR value is not a valid float',
  syntax: 'ERR syntax error',
  overflow: 'ERR increment or decrement would overflow',
  minMaxNotFloat: 'ERR min or max is not a float',
  hashNotInteger: 'ERR hash value is not an integer',
  invalidCursor: 'ERR invalid cursor',
  arity: (name: string) => `ERR wrong number of arguments for '${name}' command`,
  expireTime: (name: string) => `ERR invalid expire time in '${name}' command`,
} as const;

/** Throws a Redis error reply; command handlers use it to stop with the exact text. */
export function fail(message: string): never {
  throw new ReplyError(message);
}

/**
 * An integer reply as ioredis reads it off the wire: digit by digit into a double, adding each
 * digit's character code and then taking 48 off (two roundings), so a value past 2^53 comes out
 * rounded the way ioredis rounds it, not as Number() would.
 */
export function integerReply(n: bigint): number {
  const digits = (n < 0n ? -n : n).toString();
  let value = 0;
  for (let i = 0; i < digits.length; i++) value = value * 10 + digits.charCodeAt(i) - 48;
  return n < 0n ? -value : value;
}

/** An argument as Redis prints it into an error with C's `%s`: up to its first NUL byte, at most `max` bytes. */
export function printed(arg: string, max = Infinity): string {
  const nul = arg.indexOf('\0');
  return arg.slice(0, Math.min(nul === -1 ? arg.length : nul, max));
}

/** An error text made from a program's arguments, kept on one line as Redis keeps it: CR and LF become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}
