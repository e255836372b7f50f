import { expect } from 'vitest';

/** Asserts a command rejected with exactly this Redis error text, as a ReplyError. */
export async function expectReplyError(promise: Promise<unknown>, message: string): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: Error) => e,
  );
  expect(err, `expected the error "${message}"`).not.toBeNull();
  expect(err!.name).toBe('ReplyError');
  expect(err!.message).toBe(message);
}

export const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';
export const NOT_INTEGER = 'ERR value is not an integer or out of range';
export const SYNTAX = 'ERR syntax error';
