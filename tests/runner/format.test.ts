import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import util from 'node:util';
import { inspect } from '~/runner/format/inspect-value';
import { formatLogArgs } from '~/runner/format/log-args';
import { formatTable } from '~/runner/format/table';
import { tableToText } from '~/runner/format/table-text';
import { printedToText } from './support';

/** What Node's own console.table prints for the same call: the oracle for our table parts. */
function nodeTable(data: unknown, columns?: string[]): string {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, colorMode: false }).table(data, columns);
  return out.replace(/\n$/, '');
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class Empty {}

/** Values whose rendering is fully visible to JavaScript, so ours must equal Node's exactly. */
const corpus: Record<string, () => unknown> = {
  'plain string': () => 'hello',
  'string with single quote': () => "it's",
  'string with both quotes': () => `it's "x"`,
  'string with all quotes': () => 'it\'s "x" `y`',
  'control characters': () => 'a\nb\tc\u0001\u007f\\',
  'lone surrogate': () => 'x\ud800y',
  emoji: () => '😀',
  'long string': () => 'ab '.repeat(200),
  'very long string': () => 'x'.repeat(10_050),
  numbers: () => [0, -0, 1.5, NaN, Infinity, -Infinity, 1e21],
  bigint: () => 10n,
  symbol: () => Symbol('s'),
  'boolean, null, undefined': () => [true, false, null, undefined],
  'empty object and array': () => [{}, []],
  'flat object': () => ({ a: 1, b: 'two', c: [1, 2, 3] }),
  'nested past depth': () => ({ a: { b: { c: { d: { e: 1 } } } } }),
  'arrays past depth': () => [[[[1]]]],
  'quoted keys': () => ({ 'a-b': 1, 'with space': 2, 3: 'three', _ok: 4, $dollar: 5 }),
  'symbol keys': () => ({ [Symbol('k')]: 2, plain: 1 }),
  'own __proto__ key': () => JSON.parse('{"__proto__": 1, "a": 2}'),
  getters: () =>
    Object.defineProperties(
      {},
      {
        g: { get: () => 1, enumerable: true },
        gs: { get: () => 1, set: () => {}, enumerable: true },
        s: { set: () => {}, enumerable: true },
      },
    ),
  'class instance': () => new Point(1, 2),
  'empty class instance': () => new Empty(),
  'null prototype': () => Object.assign(Object.create(null), { a: 1 }),
  'empty null prototype': () => Object.create(null),
  circular: () => {
    const o: Record<string, unknown> = { name: 'root' };
    o.self = o;
    o.list = [o, { back: o }];
    return o;
  },
  'two circular targets': () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = { a };
    a.b = b;
    a.a = a;
    return { a, b };
  },
  map: () =>
    new Map<unknown, unknown>([
      ['a', { x: 1 }],
      [2, [1, 2]],
    ]),
  set: () => new Set([1, 'a', { b: 2 }]),
  'empty map and set': () => [new Map(), new Set()],
  'big set': () => new Set(Array.from({ length: 150 }, (_, i) => i)),
  'map subclass': () => new (class Registry extends Map<string, number> {})([['k', 1]]),
  'long array of numbers': () => Array.from({ length: 30 }, (_, i) => i * 7),
  'long array of strings': () => Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat((i % 5) + 1)),
  'array over 100 items': () => Array.from({ length: 120 }, (_, i) => i),
  'sparse array': () => [1, , 3, , , 6], // eslint-disable-line no-sparse-arrays
  'array with extra key': () => Object.assign([1, 2], { extra: 'yes' }),
  'array subclass': () => new (class Stack extends Array {})(),
  'typed array': () => new Uint8Array([1, 2, 3]),
  'bigint typed array': () => new BigInt64Array([1n, -2n]),
  'array buffer': () => new Uint8Array([1, 255]).buffer,
  'wide object': () => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`key${i}`, `value number ${i}`])),
  'array of objects': () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `user ${i}` })),
  'nested mixed': () => ({ users: [{ id: 1, tags: new Set(['a']) }], meta: { total: 1, pages: new Map([[1, 'x']]) } }),
  dates: () => [new Date(0), new Date(NaN)],
  regexps: () => [/x/g, /a\/b/i],
  functions: () => [function named() {}, () => {}, async () => {}, function* gen() {}, async function* agen() {}],
  classes: () => [Point, class {}, class Sub extends Point {}],
  'function with property': () => Object.assign(function tagged() {}, { meta: 1 }),
  'boxed primitives': () => [new String('x'), Object(1), Object(true), Object(2n), Object(Symbol('q'))],
  'weak collections': () => [new WeakMap(), new WeakSet()],
  'tagged object': () => ({ [Symbol.toStringTag]: 'Custom', a: 1 }),
  'class with tag': () =>
    new (class Tagged {
      get [Symbol.toStringTag]() {
        return 'T';
      }
    })(),
  arguments: () =>
    (function (..._a: unknown[]) {
      // eslint-disable-next-line prefer-rest-params -- the case is the `arguments` object itself
      return arguments;
    })(1, 2),
};

describe('inspect matches Node util.inspect', () => {
  for (const [name, make] of Object.entries(corpus)) {
    it(name, () => {
      const value = make();
      expect(inspect(value)).toBe(util.inspect(value));
    });
  }

  it('errors whose stack has no frames are bracketed, with cause and extra keys', () => {
    const plain = new TypeError('bad');
    plain.stack = 'TypeError: bad';
    expect(inspect(plain)).toBe(util.inspect(plain));
    const withCode = Object.assign(new Error('x'), { code: 'E_X' });
    withCode.stack = 'Error: x\n    at main (prog.ts:3:9)';
    expect(inspect(withCode)).toBe(util.inspect(withCode));
    const cause = new Error('inner');
    cause.stack = 'Error: inner\n    at f (prog.ts:1:1)';
    const outer = new Error('outer', { cause });
    outer.stack = 'Error: outer\n    at g (prog.ts:2:2)';
    expect(inspect(outer)).toBe(util.inspect(outer));
    expect(inspect({ nested: outer })).toBe(util.inspect({ nested: outer }));
  });

  it('cleanStack lets the runner drop frames that are not the program', () => {
    const err = new RangeError('Maximum call stack size exceeded');
    err.stack = 'RangeError: Maximum call stack size exceeded\n    at f (prog.ts:2:3)\n    at blob:http://x/1:9:9';
    const text = inspect(err, {
      cleanStack: (s) =>
        s
          .split('\n')
          .filter((l) => !l.includes('blob:'))
          .join('\n'),
    });
    expect(text).toBe('RangeError: Maximum call stack size exceeded\n    at f (prog.ts:2:3)');
  });

  it('random JSON-like values print as Node prints them', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        expect(inspect(value)).toBe(util.inspect(value));
      }),
      { numRuns: 400 },
    );
  });

  it('random values with maps, sets, dates, bigints and sparse arrays print as Node prints them', () => {
    const leaf = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.bigInt(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date(),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 12 }),
        fc.sparseArray(tie('node'), { maxLength: 10 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 6 }),
        fc.array(tie('node'), { maxLength: 5 }).map((a) => new Set(a)),
        fc.array(fc.tuple(tie('node'), tie('node')), { maxLength: 5 }).map((e) => new Map(e)),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(inspect(value)).toBe(util.inspect(value));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, even when a proxy trap does', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(inspect(hostile)).toMatch(/uninspectable value: Error: trap/);
  });

  it('knows a generator method for one, as Node does', () => {
    const iterable = { *[Symbol.iterator]() {}, *items() {}, async *pages() {} };
    expect(inspect(iterable)).toBe(util.inspect(iterable));
    expect(inspect([iterable.items])).toBe(util.inspect([iterable.items]));
    expect(formatLogArgs(['%s', iterable.items, iterable])).toBe(util.format('%s', iterable.items, iterable));
  });

  it('shows a promise without the state only V8 can see, and as Node does past the depth', () => {
    expect(inspect(Promise.resolve(1))).toBe('Promise { … }');
    expect(inspect({ pending: new Promise(() => {}) })).toBe('{ pending: Promise { … } }');
    const deep = { a: { b: { c: Promise.resolve(1) } } };
    expect(inspect(deep)).toBe(util.inspect(deep));
  });

  it('cleanStack reaches errors nested in objects, arrays, maps and causes, without changing them', () => {
    const stackOf = (head: string, ...frames: string[]) => [head, ...frames.map((f) => `    at ${f}`)].join('\n');
    const make = (clean: boolean) => {
      const keep = (s: string) =>
        clean
          ? s
              .split('\n')
              .filter((l) => !l.includes('worker.js'))
              .join('\n')
          : s;
      const cause = new TypeError('inner');
      cause.stack = keep(stackOf('TypeError: inner', 'f (prog.ts:1:1)', 'drive (worker.js:9:9)'));
      const err = new Error('outer', { cause });
      err.stack = keep(stackOf('Error: outer', 'g (prog.ts:2:2)', 'drive (worker.js:9:9)'));
      return { err, value: { nested: err, list: [cause], byName: new Map([['e', err]]) } };
    };
    const dirty = make(false);
    const stackBefore = dirty.err.stack;
    const text = inspect(dirty.value, {
      cleanStack: (s) =>
        s
          .split('\n')
          .filter((l) => !l.includes('worker.js'))
          .join('\n'),
    });
    expect(text).toBe(util.inspect(make(true).value));
    expect(text).not.toContain('worker.js');
    expect(dirty.err.stack).toBe(stackBefore);
    expect(dirty.value.nested).toBe(dirty.err);
  });

  it('cleanStack keeps the shape of an error, so %o lists its hidden keys as Node does', () => {
    const err = new Error('x', { cause: new TypeError('c') });
    const args = ['%o %O', { list: [err] }, err];
    expect(formatLogArgs(args, { cleanStack: (s) => s })).toBe(util.format(...args));
  });

  it('cleanStack keeps circular references circular', () => {
    const err = new Error('loop');
    err.stack = 'Error: loop\n    at main (prog.ts:1:1)';
    const o: Record<string, unknown> = { err };
    o.self = o;
    expect(inspect(o, { cleanStack: (s) => s })).toBe(util.inspect(o));
  });
});

describe('formatLogArgs matches Node util.format', () => {
  const cases: unknown[][] = [
    ['just text'],
    ['%s is %d years', 'Ana', 42],
    ['%i %f %j', '42.9px', '3.5', { a: [1] }],
    ['%o and %O', { deep: { er: { est: { x: 1 } } } }, { b: 2 }],
    ['%c styled', 'color: red'],
    ['100%% sure', 1],
    ['%s', { toString: () => 'custom' }],
    ['%s', new Point(1, 2)],
    ['%s %s', 1n, Symbol('x')],
    ['%d', '12abc'],
    ['%s missing'],
    ['%x unknown', 1],
    ['extra', 'args', 1, { a: 1 }, [2]],
    [{ first: 'object' }, 'then string'],
    [1, 2, 3],
    [],
    [
      '%j',
      (() => {
        const o: Record<string, unknown> = {};
        o.o = o;
        return o;
      })(),
    ],
  ];
  for (const args of cases) {
    it(util.inspect(args, { breakLength: Infinity }), () => {
      expect(formatLogArgs(args)).toBe(util.format(...args));
    });
  }

  it('never throws, even when a value refuses to become a string', () => {
    const refusing = {
      toString: () => {
        throw new Error('no string');
      },
    };
    expect(formatLogArgs(['%s', refusing])).toMatch(/uninspectable value: Error: no string/);
  });
});

describe('formatTable matches Node console.table', () => {
  const cases: Array<[string, unknown, string[]?]> = [
    [
      'array of objects',
      [
        { a: 1, b: 'x' },
        { a: 2, c: [1, 2] },
      ],
    ],
    ['object of mixed rows', { r1: 1, r2: { a: 1 } }],
    [
      'map',
      new Map<string, unknown>([
        ['k', { a: 1 }],
        ['j', 2],
      ]),
    ],
    ['set', new Set(['a', 'b'])],
    ['array of arrays', [[1, 2], [3]]],
    [
      'column filter',
      [
        { a: 1, b: 2, c: 3 },
        { a: 4, c: 6 },
      ],
      ['c', 'a'],
    ],
    ['cells inspected compactly', [{ obj: { x: 1, y: 2, z: 3 }, arr: [1, 2, 3, 4, 5], s: 'text' }]],
    ['primitives only', ['x', 'y']],
    [
      'integer-like keys come first, as in any object',
      [
        { b: 1, 2: 'x' },
        { 1: 'y', a: 2 },
      ],
    ],
    ['primitive rows under a column filter', { r1: 1, r2: { a: 1 } }, ['a']],
    ['empty map', new Map()],
  ];
  for (const [name, data, columns] of cases) {
    it(name, () => {
      const parts = formatTable(data, columns);
      expect(parts).toHaveLength(1);
      expect(parts[0]?.kind).toBe('table');
      expect(printedToText(parts)).toBe(nodeTable(data, columns));
    });
  }

  it('never throws, even when reading the data does', () => {
    const hostile = new Proxy([], {
      ownKeys: () => {
        throw new Error('trap');
      },
    });
    expect(formatTable(hostile)).toEqual([{ kind: 'text', text: '[uninspectable value: Error: trap]' }]);
  });

  it('logs a non-object as console.log would', () => {
    expect(formatTable(5)).toEqual([{ kind: 'text', text: '5' }]);
    expect(formatTable('hi')).toEqual([{ kind: 'text', text: 'hi' }]);
  });

  it('draws rows shorter than the header with empty cells', () => {
    expect(tableToText({ columns: ['(index)', 'a'], rows: [['0', '1'], ['1']] })).toBe(
      ['┌─────────┬───┐', '│ (index) │ a │', '├─────────┼───┤', '│ 0       │ 1 │', '│ 1       │   │', '└─────────┴───┘'].join('\n'),
    );
  });
});
