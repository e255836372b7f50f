/**
 * Turns what a program passes to `console.*` into `Printed` parts, the way Node's console shows it
 * (`util.format` / `util.inspect` with default options, `console.table`), so a reader sees in the
 * page what `node program.ts` would print. Pure: no DOM, runs in a Worker, Node and Vitest.
 *
 * Known differences from Node, all because a plain JS engine cannot see what V8's internals show
 * Node: a Promise's state, the entries of Map/Set iterators, whether an object is a Proxy.
 */
import { describeThrown } from './describe-thrown';
import type { Printed } from './protocol';

export interface InspectOptions {
  /** Nesting levels shown before `[Object]`; Node's default is 2. */
  depth?: number;
  /** Items of arrays, sets and maps shown before `... n more items`. */
  maxArrayLength?: number;
  /** Characters of a string shown before `... n more characters`. */
  maxStringLength?: number;
  /** Width at which objects break onto several lines. */
  breakLength?: number;
  /** Rewrites an error's stack before it is shown, e.g. to keep only the program's own frames. */
  cleanStack?: (stack: string) => string;
}

interface Ctx {
  depth: number;
  maxArrayLength: number;
  maxStringLength: number;
  breakLength: number;
  cleanStack: (stack: string) => string;
  seen: object[];
  circular: Map<object, number> | undefined;
  indentationLvl: number;
  currentDepth: number;
}

const OBJECT_TYPE = 0;
const ARRAY_TYPE = 1;
const ARRAY_EXTRAS_TYPE = 2;
type ExtrasType = typeof OBJECT_TYPE | typeof ARRAY_TYPE | typeof ARRAY_EXTRAS_TYPE;

const COMPACT = 3;
const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const indexKey = /^(0|[1-9][0-9]*)$/;

const hasOwn = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o: object, k: PropertyKey) => Object.prototype.propertyIsEnumerable.call(o, k);
const tagOf = (v: unknown) => Object.prototype.toString.call(v).slice(8, -1);

/** Formats any value as Node's `util.inspect(value)` does with default options. */
export function inspect(value: unknown, options: InspectOptions = {}): string {
  const ctx: Ctx = {
    depth: options.depth ?? 2,
    maxArrayLength: options.maxArrayLength ?? 100,
    maxStringLength: options.maxStringLength ?? 10_000,
    breakLength: options.breakLength ?? 80,
    cleanStack: options.cleanStack ?? ((s) => s),
    seen: [],
    circular: undefined,
    indentationLvl: 0,
    currentDepth: 0,
  };
  try {
    return formatValue(ctx, value, 0);
  } catch (err) {
    // A hostile getter-free value can still throw (e.g. a Proxy trap); printing must not.
    return `[uninspectable value: ${describeThrown(err)}]`;
  }
}

// ---------- strings and other primitives ----------

/** Escapes a string and wraps it in the quote Node would pick (single, else double, else backtick). */
export function quoteString(str: string): string {
  let quote: "'" | '"' | '`' = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    const ch = str[i];
    if (ch === quote && quote === "'") out += "\\'";
    else if (code === 0x5c) out += '\\\\';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += escapeControl(code);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + str[i + 1];
        i++;
      } else out += `\\u${code.toString(16)}`;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

function escapeControl(code: number): string {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    default: return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function formatPrimitive(ctx: Ctx, value: unknown): string {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      let str = value;
      if (str.length > ctx.maxStringLength) {
        const remaining = str.length - ctx.maxStringLength;
        str = str.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      return quoteString(str) + trailer;
    }
    case 'number': return formatNumber(value);
    case 'bigint': return `${value}n`;
    case 'boolean': return `${value}`;
    case 'undefined': return 'undefined';
    case 'symbol': return value.toString();
    default: return String(value);
  }
}

// ---------- objects ----------

function formatValue(ctx: Ctx, value: unknown, recurseTimes: number): string {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
  if (value === null) return 'null';
  if (ctx.seen.includes(value)) {
    ctx.circular ??= new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes);
}

function constructorNameOf(obj: object): string | null {
  let current: object | null = obj;
  while (current !== null) {
    const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
    if (descriptor && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value.name as string;
    }
    current = Object.getPrototypeOf(current);
  }
  return null;
}

function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function ownKeys(value: object): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value);
  for (const s of Object.getOwnPropertySymbols(value)) if (isEnumerable(value, s)) keys.push(s);
  return keys;
}

function nonIndexKeys(value: object): PropertyKey[] {
  return ownKeys(value).filter((k) => typeof k === 'symbol' || !indexKey.test(String(k)));
}

const typedArrayTags = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);

function isTypedArray(v: object): v is ArrayLike<number | bigint> & object {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

function boxedKind(v: object): 'Number' | 'String' | 'Boolean' | 'BigInt' | 'Symbol' | undefined {
  const probes = [
    ['Number', Number.prototype.valueOf],
    ['String', String.prototype.valueOf],
    ['Boolean', Boolean.prototype.valueOf],
    ['BigInt', BigInt.prototype.valueOf],
    ['Symbol', Symbol.prototype.valueOf],
  ] as const;
  for (const [kind, valueOf] of probes) {
    try {
      (valueOf as (this: unknown) => unknown).call(v);
      return kind;
    } catch {
      // not this kind
    }
  }
  return undefined;
}

function isError(v: object): v is Error {
  return v instanceof Error || tagOf(v) === 'Error';
}

type Formatter = (ctx: Ctx, value: never, recurseTimes: number) => string[];

function formatRaw(ctx: Ctx, value: object, recurseTimes: number): string {
  let keys: PropertyKey[];
  const constructor = constructorNameOf(value);
  let tag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  // A tag that is an own enumerable property is printed as a key already.
  if (typeof tag !== 'string' || (tag !== '' && isEnumerable(value, Symbol.toStringTag))) tag = '';
  const tagStr = tag as string;
  let base = '';
  let formatter: Formatter = () => [];
  let braces: [string, string];
  let extrasType: ExtrasType = OBJECT_TYPE;
  const objectTag = tagOf(value);

  if (Array.isArray(value)) {
    keys = nonIndexKeys(value);
    const prefix = constructor !== 'Array' || tagStr !== '' ? getPrefix(constructor, tagStr, 'Array', `(${value.length})`) : '';
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    extrasType = ARRAY_EXTRAS_TYPE;
    formatter = formatArray as Formatter;
  } else if (value instanceof Set || objectTag === 'Set') {
    const set = value as Set<unknown>;
    keys = ownKeys(set);
    const prefix = getPrefix(constructor, tagStr, 'Set', `(${set.size})`);
    if (set.size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
    formatter = formatSet as Formatter;
  } else if (value instanceof Map || objectTag === 'Map') {
    const map = value as Map<unknown, unknown>;
    keys = ownKeys(map);
    const prefix = getPrefix(constructor, tagStr, 'Map', `(${map.size})`);
    if (map.size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
    formatter = formatMap as Formatter;
  } else if (isTypedArray(value) && typedArrayTags.has(objectTag)) {
    keys = nonIndexKeys(value);
    const prefix = getPrefix(constructor, tagStr, objectTag, `(${value.length})`);
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    formatter = formatTypedArray as Formatter;
    extrasType = ARRAY_EXTRAS_TYPE;
  } else {
    keys = ownKeys(value);
    braces = ['{', '}'];
    if (constructor === 'Object') {
      if (objectTag === 'Arguments') braces[0] = '[Arguments] {';
      else if (tagStr !== '') braces[0] = `${getPrefix(constructor, tagStr, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = functionBase(value, constructor, tagStr);
      if (keys.length === 0) return base;
    } else if (value instanceof RegExp || objectTag === 'RegExp') {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value as RegExp));
      const prefix = getPrefix(constructor, tagStr, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    } else if (value instanceof Date || objectTag === 'Date') {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tagStr, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return base;
    } else if (isError(value)) {
      base = formatError(ctx, value, constructor, tagStr, keys);
      if (keys.length === 0) return base;
    } else if (value instanceof ArrayBuffer) {
      const prefix = getPrefix(constructor, tagStr, 'ArrayBuffer');
      braces[0] = `${prefix}{`;
      formatter = formatArrayBuffer as Formatter;
      keys.unshift('byteLength');
    } else if (value instanceof Promise) {
      braces[0] = `${getPrefix(constructor, tagStr, 'Promise')}{`;
      // The state of a promise is invisible to JavaScript; Node reads it from V8.
      formatter = () => ['…'];
    } else if (value instanceof WeakSet || value instanceof WeakMap) {
      braces[0] = `${getPrefix(constructor, tagStr, value instanceof WeakSet ? 'WeakSet' : 'WeakMap')}{`;
      formatter = () => ['<items unknown>'];
    } else if (boxedKind(value) !== undefined) {
      base = boxedBase(ctx, value, keys, constructor, tagStr);
      if (keys.length === 0) return base;
    } else {
      const style = getPrefix(constructor, tagStr, constructor === null ? 'Object' : '');
      if (keys.length === 0) return `${style}{}`;
      braces[0] = `${style}{`;
    }
  }

  if (recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tagStr, constructor === null ? fallbackName(value) : '').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return name;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output = formatter(ctx, value as never, recurseTimes);
  for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = `<ref *${index}>`;
      base = base === '' ? reference : `${reference} ${base}`;
    }
  }
  ctx.seen.pop();
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function fallbackName(value: object): string {
  if (Array.isArray(value)) return 'Array';
  if (value instanceof Map) return 'Map';
  if (value instanceof Set) return 'Set';
  return 'Object';
}

function functionBase(fn: Function, constructor: string | null, tag: string): string {
  let source = '';
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    // Some host functions refuse toString; they are plain functions then.
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const name = (hasOwn(fn, 'name') && (fn as { name: string }).name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = (Object.getPrototypeOf(fn) as { name?: unknown }).name;
      if (superName) base += ` extends ${superName as string}`;
    } else base += ' extends [null prototype]';
    return `[${base}]`;
  }
  const kind = tagOf(fn);
  let type = 'Function';
  if (kind === 'GeneratorFunction') type = 'GeneratorFunction';
  if (kind === 'AsyncFunction') type = 'AsyncFunction';
  if (kind === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function boxedBase(ctx: Ctx, value: object, keys: PropertyKey[], constructor: string | null, tag: string): string {
  const kind = boxedKind(value)!;
  const primitive = ({
    Number: Number.prototype.valueOf,
    String: String.prototype.valueOf,
    Boolean: Boolean.prototype.valueOf,
    BigInt: BigInt.prototype.valueOf,
    Symbol: Symbol.prototype.valueOf,
  }[kind] as (this: unknown) => unknown).call(value);
  if (kind === 'String') {
    // The indexed characters of a String object are noise next to its value.
    const length = (primitive as string).length;
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (typeof k === 'string' && indexKey.test(k) && Number(k) < length) keys.splice(i, 1);
    }
  }
  let base = `[${kind}`;
  if (kind !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive({ ...ctx, maxStringLength: Infinity }, primitive)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return base;
}

function formatError(ctx: Ctx, err: Error, constructor: string | null, tag: string, keys: PropertyKey[]): string {
  const name = typeof err.name === 'string' && err.name !== '' ? err.name : 'Error';
  const message = typeof err.message === 'string' ? err.message : '';
  let stack = typeof err.stack === 'string' && err.stack !== '' ? err.stack : Error.prototype.toString.call(err);
  stack = ctx.cleanStack(stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // Keys already told by the stack's first line are not repeated.
  for (const key of ['name', 'message', 'stack'] as const) {
    const index = keys.indexOf(key);
    if (index !== -1) {
      const v = (err as unknown as Record<string, unknown>)[key];
      if (typeof v === 'string' && stack.includes(v)) keys.splice(index, 1);
    }
  }
  const len = name.length;
  if (
    constructor === null ||
    (name.endsWith('Error') && stack.startsWith(name) && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))
  ) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ?? /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = start?.[1] ?? 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      stack = prefix.includes(name) ? `${prefix}${stack.slice(len)}` : `${prefix} [${name}]${stack.slice(len)}`;
    }
  }
  let pos = (message !== '' && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

function formatArray(ctx: Ctx, value: unknown[], recurseTimes: number): string[] {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output: string[] = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_TYPE));
  }
  const remaining = length - shown;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function moreItems(remaining: number): string {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatSparseArray(ctx: Ctx, value: unknown[], recurseTimes: number, maxLength: number, output: string[], start: number): string[] {
  const keys = Object.keys(value);
  let index = start;
  for (let i = start; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = Number(key);
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!indexKey.test(key)) break;
      const empty = tmp - index;
      output.push(`<${empty} empty item${empty > 1 ? 's' : ''}>`);
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, ARRAY_TYPE));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`);
  } else if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatTypedArray(ctx: Ctx, value: ArrayLike<number | bigint>): string[] {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  const output: string[] = [];
  for (let i = 0; i < shown; i++) {
    const v = value[i];
    output.push(typeof v === 'bigint' ? `${v}n` : formatNumber(v));
  }
  if (value.length > shown) output.push(moreItems(value.length - shown));
  return output;
}

function formatArrayBuffer(ctx: Ctx, value: ArrayBuffer): string[] {
  const bytes = new Uint8Array(value);
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = Array.from(bytes.subarray(0, shown), (b) => b.toString(16).padStart(2, '0')).join(' ');
  const remaining = bytes.length - shown;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`[Uint8Contents]: <${hex}>`];
}

function formatSet(ctx: Ctx, value: Set<unknown>, recurseTimes: number): string[] {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i++ >= shown) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (value.size > shown) output.push(moreItems(value.size - shown));
  return output;
}

function formatMap(ctx: Ctx, value: Map<unknown, unknown>, recurseTimes: number): string[] {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of value) {
    if (i++ >= shown) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  ctx.indentationLvl -= 2;
  if (value.size > shown) output.push(moreItems(value.size - shown));
  return output;
}

function formatProperty(ctx: Ctx, value: object, recurseTimes: number, key: PropertyKey, type: ExtrasType): string {
  let str: string;
  // A key that is not an own property (an ArrayBuffer's byteLength) is shown as hidden: `[key]`.
  const desc = Object.getOwnPropertyDescriptor(value, key) ?? {
    value: (value as Record<PropertyKey, unknown>)[key],
    enumerable: false,
  };
  if (desc.value !== undefined) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    // Never run a getter: printing must not have side effects.
    str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else if (desc.set !== undefined) {
    str = '[Setter]';
  } else {
    str = 'undefined';
  }
  if (type === ARRAY_TYPE) return str;
  let name: string;
  if (desc.enumerable === false) name = `[${String(key)}]`;
  else if (typeof key === 'symbol') name = key.toString();
  // An own `__proto__` key must not read as the prototype.
  else if (key === '__proto__') name = "['__proto__']";
  else if (identifierKey.test(String(key))) name = String(key);
  else name = quoteString(String(key));
  return `${name}: ${str}`;
}

function isBelowBreakLength(ctx: Ctx, output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(
  ctx: Ctx,
  output: string[],
  base: string,
  braces: [string, string],
  extrasType: ExtrasType,
  recurseTimes: number,
  value: object,
): string {
  const entries = output.length;
  if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) output = groupArrayElements(ctx, output, value);
  // The innermost COMPACT levels of a structure go on one line when they fit.
  if (ctx.currentDepth - recurseTimes < COMPACT && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

/** Lays long arrays out in aligned columns, as Node does for arrays of more than six items. */
function groupArrayElements(ctx: Ctx, output: string[], value: object): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... n more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen: number[] = [];
  for (let i = 0; i < outputLength; i++) {
    const len = output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      COMPACT * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    const items = value as ArrayLike<unknown>;
    for (let i = 0; i < output.length; i++) {
      if (typeof items[i] !== 'number' && typeof items[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
    const grouped: string[] = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const cell = `${output[j]}, `;
        str += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
      }
      str += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
      grouped.push(str);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}

// ---------- console.log's format string ----------

const builtInConstructors = new Set([
  'Object', 'Array', 'Function', 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'AggregateError', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'Number', 'String',
  'Boolean', 'Symbol', 'BigInt', 'ArrayBuffer', 'DataView', ...typedArrayTags,
]);

/** Whether `value` prints through a toString of the language's own (then `%s` inspects it instead). */
function hasBuiltInToString(value: object): boolean {
  if (hasOwn(value, 'toString')) return false;
  let pointer: object | null = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && builtInConstructors.has(descriptor.value.name);
}

function jsonOf(value: unknown): string {
  try {
    return String(JSON.stringify(value));
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

/** Joins console arguments into one string as Node's `util.format` does (`%s %d %i %f %j %o %O %c %%`). */
export function formatLogArgs(args: readonly unknown[], options: InspectOptions = {}): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        let piece: string;
        switch (next) {
          case 115: { // s
            const arg = args[++a];
            if (typeof arg === 'number') piece = formatNumber(arg);
            else if (typeof arg === 'bigint') piece = `${arg}n`;
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, { ...options, depth: 0 });
            break;
          }
          case 106: piece = jsonOf(args[++a]); break; // j
          case 100: { // d
            const arg = args[++a];
            piece = typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'symbol' ? 'NaN' : formatNumber(Number(arg));
            break;
          }
          case 79: piece = inspect(args[++a], options); break; // O
          case 111: piece = inspect(args[++a], { ...options, depth: 4 }); break; // o
          case 105: { // i
            const arg = args[++a];
            piece = typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'symbol' ? 'NaN' : formatNumber(parseInt(String(arg)));
            break;
          }
          case 102: { // f
            const arg = args[++a];
            piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(String(arg)));
            break;
          }
          case 99: a++; piece = ''; break; // c: CSS has no meaning in text output
          case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue;
          default: continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join + (typeof value !== 'string' ? inspect(value, options) : value);
    join = ' ';
    a++;
  }
  return str;
}

/** The parts a `console.log`-like call prints. */
export function formatConsoleArgs(args: readonly unknown[], options: InspectOptions = {}): Printed[] {
  return [{ kind: 'text', text: formatLogArgs(args, options) }];
}

// ---------- console.table ----------

function tableCell(v: unknown, options: InspectOptions): string {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, { ...options, depth, maxArrayLength: 3, breakLength: Infinity });
}

/**
 * What `console.table(data, columns)` prints, as Node builds it: a table part for objects,
 * arrays, maps and sets; plain text for anything else (Node logs such values as they are).
 */
export function formatTable(data: unknown, columns?: readonly string[], options: InspectOptions = {}): Printed[] {
  if (data === null || typeof data !== 'object') return formatConsoleArgs([data], options);
  const cell = (v: unknown) => tableCell(v, options);
  const indexes = (n: number) => Array.from({ length: n }, (_, i) => cell(i));
  if (data instanceof Map) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [k, v] of data) {
      keys.push(cell(k));
      values.push(cell(v));
    }
    return [toTable(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values])];
  }
  if (data instanceof Set) {
    const values = Array.from(data, cell);
    return [toTable(['(iteration index)', 'Values'], [indexes(values.length), values])];
  }
  const byColumn = new Map<string, string[]>();
  let hasPrimitives = false;
  const primitiveValues: string[] = [];
  const rowKeys = Object.keys(data);
  rowKeys.forEach((rowKey, i) => {
    const item = (data as Record<string, unknown>)[rowKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (columns === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
      return;
    }
    const keys = columns ?? Object.keys(item as object);
    for (const key of keys) {
      if (!byColumn.has(key)) byColumn.set(key, []);
      const column = byColumn.get(key)!;
      column[i] = primitive || !hasOwn(item as object, key) ? '' : cell((item as Record<string, unknown>)[key]);
    }
  });
  const head = ['(index)', ...byColumn.keys()];
  const body = [rowKeys, ...byColumn.values()];
  if (hasPrimitives) {
    head.push('Values');
    body.push(primitiveValues);
  }
  return [toTable(head, body)];
}

/** Turns columns (possibly with holes) into the row-major table part. */
function toTable(head: string[], columns: string[][]): Printed {
  const height = Math.max(0, ...columns.map((c) => c.length));
  const rows: string[][] = [];
  for (let r = 0; r < height; r++) rows.push(columns.map((c) => (hasOwn(c, r) ? c[r] : '')));
  return { kind: 'table', columns: head, rows };
}

/** Draws a table part with box characters, exactly as Node's `console.table` prints it. */
export function tableToText(table: { columns: string[]; rows: string[][] }): string {
  const widths = table.columns.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const row = (cells: string[]) => `│ ${widths.map((w, i) => (cells[i] ?? '').padEnd(w, ' ')).join(' │ ')} │`;
  return [
    line('┌', '┬', '┐'),
    row(table.columns),
    line('├', '┼', '┤'),
    ...table.rows.map(row),
    line('└', '┴', '┘'),
  ].join('\n');
}

/** Plain text of printed parts, e.g. for copying the output or for accessible names. */
export function printedToText(parts: readonly Printed[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : tableToText(p))).join('\n');
}
