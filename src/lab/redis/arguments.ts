/**
 * How ioredis turns a method call into a command: one level of arrays flattened, objects and
 * Maps expanded for MSET/HSET/HMSET, every argument made a string (null/undefined → "").
 */

function toArg(arg: unknown): string {
  if (arg === null || arg === undefined) return '';
  if (typeof arg === 'number' && Number.isInteger(arg) && !Number.isSafeInteger(arg)) return BigInt(arg).toString();
  return String(arg);
}

function pairs(obj: unknown): unknown[] {
  if (obj instanceof Map) return [...obj].flat();
  return Object.entries(obj as Record<string, unknown>).flat();
}

/** The argv (name first) ioredis would send for `name(...args)`. */
export function toArgv(name: string, args: unknown[]): string[] {
  let flat = args.flat();
  const lower = name.toLowerCase();
  const isObject = (v: unknown) => typeof v === 'object' && v !== null;
  if ((lower === 'mset' || lower === 'msetnx') && flat.length === 1 && isObject(flat[0])) flat = pairs(flat[0]);
  if ((lower === 'hset' || lower === 'hmset') && flat.length === 2 && isObject(flat[1])) flat = [flat[0], ...pairs(flat[1])];
  return [name, ...flat.map(toArg)];
}

/** ioredis's reply transformers: HGETALL's flat array becomes an object. */
export function transformReply(name: string, reply: unknown): unknown {
  if (name.toLowerCase() === 'hgetall' && Array.isArray(reply)) {
    const obj: Record<string, unknown> = {};
    for (let i = 0; i < reply.length; i += 2) {
      Object.defineProperty(obj, String(reply[i]), { value: reply[i + 1], configurable: true, enumerable: true, writable: true });
    }
    return obj;
  }
  return reply;
}
