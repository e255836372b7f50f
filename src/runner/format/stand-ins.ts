/**
 * node-inspect-extracted runs Node's own inspect code, but a plain JavaScript engine hides from it
 * two things V8 shows Node: that a method written `*name() {}` is a generator function, and what a
 * promise holds. And the runner shows errors with only the program's own stack frames. So before a
 * value is inspected, each such part of it is swapped for a stand-in that prints right. The swap is
 * made in a copy, and only when the value holds such a part within the printed depth: the program's
 * own objects are never changed, and getters are never run.
 */

export interface StandInOptions {
  /** Levels of nesting that will be printed (Node's `depth`); deeper parts are left alone. */
  depth: number;
  /** Entries of an array, map or set that will be printed. */
  maxArrayLength: number;
  /** Rewrites each error's stack; without it, errors keep theirs. */
  cleanStack?: (stack: string) => string;
}

type Kind = 'error' | 'promise' | 'generator-method' | 'array' | 'map' | 'set' | 'record' | 'opaque';
/** Any function value; the stand-ins only read its name, prototype and source text. */
type AnyFunction = (...args: never[]) => unknown;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const hasSlot = (read: (v: object) => unknown) => (v: object) => {
  try {
    read(v);
    return true;
  } catch {
    return false;
  }
};
const getterOf = (proto: object, key: string) => Object.getOwnPropertyDescriptor(proto, key)!.get! as (this: object) => unknown;

const isMap = hasSlot((v) => Map.prototype.has.call(v, undefined));
const isSet = hasSlot((v) => Set.prototype.has.call(v, undefined));
/** Built-in objects whose content lives in internal slots: a copy of their properties would not be them. */
const slotted: Array<(v: object) => boolean> = [
  (v) => ArrayBuffer.isView(v),
  hasSlot((v) => Date.prototype.getTime.call(v)),
  hasSlot((v) => getterOf(RegExp.prototype, 'source').call(v)),
  hasSlot((v) => getterOf(ArrayBuffer.prototype, 'byteLength').call(v)),
  hasSlot((v) => WeakMap.prototype.has.call(v, {})),
  hasSlot((v) => WeakSet.prototype.has.call(v, {})),
  hasSlot((v) => Number.prototype.valueOf.call(v)),
  hasSlot((v) => String.prototype.valueOf.call(v)),
  hasSlot((v) => Boolean.prototype.valueOf.call(v)),
  hasSlot((v) => BigInt.prototype.valueOf.call(v)),
  hasSlot((v) => Symbol.prototype.valueOf.call(v)),
];

/** A generator function that is not written with the `function` keyword, e.g. `*[Symbol.iterator]() {}`. */
function generatorMethodKind(fn: AnyFunction): 'sync' | 'async' | undefined {
  const tag = Object.prototype.toString.call(fn);
  if (tag !== '[object GeneratorFunction]' && tag !== '[object AsyncGeneratorFunction]') return undefined;
  if (/^(?:async\s*)?function\b/.test(Function.prototype.toString.call(fn))) return undefined;
  return tag === '[object AsyncGeneratorFunction]' ? 'async' : 'sync';
}

function kindOf(v: object): Kind {
  if (typeof v === 'function') return generatorMethodKind(v as AnyFunction) ? 'generator-method' : 'opaque';
  // A value that prints itself decides what it shows.
  if (typeof (v as Record<symbol, unknown>)[customInspect] === 'function') return 'opaque';
  if (v instanceof Error) return 'error';
  if (v instanceof Promise) return 'promise';
  if (Array.isArray(v)) return 'array';
  if (isMap(v)) return 'map';
  if (isSet(v)) return 'set';
  return slotted.some((is) => is(v)) ? 'opaque' : 'record';
}

const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';

/** The values a container prints: its own enumerable data properties, plus an error's cause and errors, plus entries. */
function childrenOf(v: object, kind: Kind, maxEntries: number): unknown[] {
  const out: unknown[] = [];
  for (const key of Reflect.ownKeys(v)) {
    const desc = Object.getOwnPropertyDescriptor(v, key);
    const shown = desc?.enumerable || (kind === 'error' && (key === 'cause' || key === 'errors'));
    if (desc && 'value' in desc && shown) out.push(desc.value);
  }
  if (kind === 'map' || kind === 'set') {
    let n = 0;
    const entries = kind === 'map' ? Map.prototype.entries.call(v) : Set.prototype.values.call(v);
    for (const entry of entries) {
      if (n++ >= maxEntries) break;
      if (kind === 'map') out.push(...(entry as [unknown, unknown]));
      else out.push(entry);
    }
  }
  return out;
}

const isTarget = (kind: Kind, options: StandInOptions) =>
  kind === 'promise' || kind === 'generator-method' || (kind === 'error' && options.cleanStack !== undefined);
const isContainer = (kind: Kind) => kind === 'error' || kind === 'array' || kind === 'map' || kind === 'set' || kind === 'record';

/**
 * The shallowest level at which each object within the printed depth is reached (breadth first, so
 * an object met deep and then shallow is still copied with its children), and whether any needs a stand-in.
 */
function survey(value: unknown, options: StandInOptions): { levels: Map<object, number>; kinds: Map<object, Kind>; found: boolean } {
  const levels = new Map<object, number>();
  const kinds = new Map<object, Kind>();
  let found = false;
  let frontier: unknown[] = [value];
  for (let level = 0; frontier.length > 0 && level <= options.depth + 1; level++) {
    const next: unknown[] = [];
    for (const v of frontier) {
      if (!isObject(v) || levels.has(v)) continue;
      const kind = kindOf(v);
      levels.set(v, level);
      kinds.set(v, kind);
      if (isTarget(kind, options)) found = true;
      if (isContainer(kind) && level <= options.depth) next.push(...childrenOf(v, kind, options.maxArrayLength));
    }
    frontier = next;
  }
  return { levels, kinds, found };
}

/** `value`, or a copy of it in which errors, promises and generator methods are stand-ins. */
export function withStandIns(value: unknown, options: StandInOptions): unknown {
  if (!isObject(value)) return value;
  const { levels, kinds, found } = survey(value, options);
  if (!found) return value;
  const copies = new Map<object, unknown>();

  const copyProperties = (from: object, to: object, skip?: PropertyKey) => {
    for (const key of Reflect.ownKeys(from)) {
      if (key === skip) continue;
      const desc = Object.getOwnPropertyDescriptor(from, key);
      if (!desc) continue;
      if ('value' in desc) desc.value = replace(desc.value);
      try {
        Object.defineProperty(to, key, desc);
      } catch {
        // A property the copy already has and cannot redefine (a function's `prototype`) keeps the copy's.
      }
    }
  };

  function replace(v: unknown): unknown {
    if (!isObject(v)) return v;
    const level = levels.get(v);
    const kind = kinds.get(v);
    if (level === undefined || kind === undefined) return v;
    return copies.has(v) ? copies.get(v) : standIn(v, kind, level);
  }

  function remember<T extends object>(original: object, copy: T): T {
    copies.set(original, copy);
    return copy;
  }

  function standIn(v: object, kind: Kind, level: number): unknown {
    const expand = level <= options.depth;
    switch (kind) {
      case 'promise':
        return remember(v, promiseStandIn(v as Promise<unknown>));
      case 'generator-method':
        return remember(v, generatorStandIn(v as AnyFunction, generatorMethodKind(v as AnyFunction)!, copyProperties));
      case 'error': {
        const copy = remember(v, Object.create(Object.getPrototypeOf(v)) as object);
        copyProperties(v, copy);
        // Read through the original: an engine's own stack accessor answers only for the real error.
        const stack = (v as Error).stack;
        if (typeof stack === 'string') defineStack(copy, Object.getOwnPropertyDescriptor(v, 'stack'), options.cleanStack?.(stack) ?? stack);
        return copy;
      }
      case 'array': {
        if (!expand) return v;
        const copy = remember(v, Object.setPrototypeOf(new Array((v as unknown[]).length), Object.getPrototypeOf(v)) as object);
        copyProperties(v, copy, 'length');
        return copy;
      }
      case 'map': {
        if (!expand) return v;
        const copy = remember(v, Object.setPrototypeOf(new Map(), Object.getPrototypeOf(v)) as Map<unknown, unknown>);
        for (const [k, value] of Map.prototype.entries.call(v)) Map.prototype.set.call(copy, replace(k), replace(value));
        copyProperties(v, copy);
        return copy;
      }
      case 'set': {
        if (!expand) return v;
        const copy = remember(v, Object.setPrototypeOf(new Set(), Object.getPrototypeOf(v)) as Set<unknown>);
        for (const value of Set.prototype.values.call(v)) Set.prototype.add.call(copy, replace(value));
        copyProperties(v, copy);
        return copy;
      }
      case 'record': {
        if (!expand) return v;
        const copy = remember(v, Object.create(Object.getPrototypeOf(v)) as object);
        copyProperties(v, copy);
        return copy;
      }
      default:
        return v;
    }
  }

  return replace(value);
}

/** The copy's stack, in the shape the original's has (V8: an own accessor), so `%o` lists it as Node does. */
function defineStack(copy: object, own: PropertyDescriptor | undefined, stack: string): void {
  let shown = stack;
  if (own && 'value' in own) {
    Object.defineProperty(copy, 'stack', { ...own, value: shown });
    return;
  }
  Object.defineProperty(copy, 'stack', {
    get: () => shown,
    set: (value: string) => void (shown = value),
    enumerable: own?.enumerable ?? false,
    configurable: true,
  });
}

/**
 * A promise's state is invisible to JavaScript (Node reads it from V8), so it prints as Node's
 * inspect shows the promise, with `…` where the state would be.
 */
function promiseStandIn(promise: Promise<unknown>): object {
  return {
    [customInspect](depth: number, options: object, inspect: (value: unknown, options: object) => string) {
      return inspect(promise, { ...options, depth }).replace('<pending>', '…');
    },
  };
}

/**
 * A generator function written with the `function` keyword, which Node's inspect recognises from its
 * source text, carrying the method's name, properties and prototype. `String()` still gives the method's source.
 */
function generatorStandIn(method: AnyFunction, kind: 'sync' | 'async', copyProperties: (from: object, to: object) => void): AnyFunction {
  const standIn = kind === 'async' ? async function* () {} : function* () {};
  Object.setPrototypeOf(standIn, Object.getPrototypeOf(method));
  copyProperties(method, standIn);
  const source = Function.prototype.toString.call(method);
  Object.defineProperty(standIn, 'toString', { value: () => source, writable: true, configurable: true, enumerable: false });
  return standIn;
}
