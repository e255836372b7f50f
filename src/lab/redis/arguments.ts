import { isByteArray, keyText } from './bytes';

/**
 * How ioredis turns a method call into a command: one level of arrays flattened, objects and
 * Maps expanded for MSET/HSET/HMSET, every argument made a string (null/undefined → "") unless
 * it is bytes (a Buffer or Uint8Array), which go as they are.
 */

function toArg(arg: unknown): string | Uint8Array {
  if (isByteArray(arg)) return arg;
  if (arg === null || arg === undefined) return '';
  if (typeof arg === 'number' && Number.isInteger(arg) && !Number.isSafeInteger(arg)) return BigInt(arg).toString();
  return String(arg);
}

function pairs(obj: unknown): unknown[] {
  if (obj instanceof Map) return [...obj].flat();
  return Object.entries(obj as Record<string, unknown>).flat();
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !isByteArray(v);

/** The arguments (name not included) ioredis would send for `name(...args)`. */
export function commandArguments(name: string, args: unknown[]): (string | Uint8Array)[] {
  let flat = args.flat();
  // ioredis's argument transformers are keyed by the exact name, as its method names are spelled.
  if ((name === 'mset' || name === 'msetnx') && flat.length === 1 && isObject(flat[0])) flat = pairs(flat[0]);
  if ((name === 'hset' || name === 'hmset') && flat.length === 2 && isObject(flat[1])) flat = [flat[0], ...pairs(flat[1])];
  return flat.map(toArg);
}

/** Commands whose RESP3 reply holds [member, score] pairs, which ioredis flattens for its lowercase names. */
const pairCommands = new Set([
  'zdiff',
  'zinter',
  'zpopmax',
  'zpopmin',
  'zunion',
  'zrandmember',
  'zrange',
  'zrangebyscore',
  'zrevrange',
  'zrevrangebyscore',
]);

function hashObject(reply: unknown[]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) {
    Object.defineProperty(obj, keyText(reply[i]), { value: reply[i + 1], configurable: true, enumerable: true, writable: true });
  }
  return obj;
}

/**
 * ioredis's reply transformers, looked up by the name exactly as the program spelled it: `hgetall`
 * makes HGETALL's flat array an object and the sorted-set commands flatten their pairs, while
 * `call('HGETALL')` or `call('ZRANGE', ..., 'WITHSCORES')` give the reply as the protocol has it.
 */
export function transformReply(name: string, reply: unknown): unknown {
  if (!Array.isArray(reply)) return reply;
  if (name === 'hgetall') return hashObject(reply);
  if (pairCommands.has(name)) return reply.flatMap((item: unknown) => (Array.isArray(item) ? item : [item]));
  return reply;
}
