/**
 * Commands built to reach the edges of option parsing: SET, SETEX/PSETEX, EXPIRE/PEXPIRE, ZADD,
 * ZRANGE and its older spellings with options in any order, repeated, conflicting, misspelled or
 * missing their value; expiry times at zero, negative, non-integer, and at both ends of a signed
 * 64-bit time; unknown commands with long, many, multi-byte, NUL- and CRLF-holding arguments
 * (Redis quotes only the first 128 bytes of them). Times relative to "now" are tokens (times.ts).
 */
import fc from 'fast-check';
import { bound, index, key, member, score, value } from './values';

const INT64 = ['9223372036854775807', '-9223372036854775808', '9223372036854775808', '-9223372036854775809'];
/** Arguments that are not integers to Redis (a sign, a leading zero or space, a fraction, an exponent, nothing). */
const notIntegers = ['1.5', 'abc', '', '+30', '030', ' 30', '30 ', '1e3', '-0', '0x10'];

const futureMs = fc.bigInt({ min: 30_000n, max: 10n ** 12n });
const farBelowMax = fc.bigInt({ min: 10n ** 7n, max: 10n ** 15n });

/** Seconds for EX, SETEX and EXPIRE: ordinary, zero, negative, past the ms range, near the int64-ms edge. */
const relSeconds = fc.oneof(
  fc.integer({ min: 30, max: 100_000_000 }).map(String),
  fc.constantFrom('0', '-1', '-30', ...INT64, ...notIntegers),
  // ±INT64_MAX/1000 and one past: the ends of what fits in ms at all.
  fc.constantFrom('9223372036854775', '9223372036854776', '-9223372036854775', '-9223372036854776', '-9223372036854775807'),
  farBelowMax.map((n) => `{maxrels-${n / 1000n}}`),
  fc.constantFrom('{maxrels+1}', '{maxrels+1000}'),
);

/** Milliseconds for PX, PSETEX and PEXPIRE. */
const relMillis = fc.oneof(
  fc.integer({ min: 30_000, max: 100_000_000_000 }).map(String),
  fc.constantFrom('0', '-1', '-5000', ...INT64, ...notIntegers),
  farBelowMax.map((n) => `{maxrel-${n}}`),
  fc.constantFrom('{maxrel+1}', '{maxrel+1000}'),
);

/** Unix seconds for EXAT: ahead, behind, the epoch, negative, at the int64-ms edge. */
const absSeconds = fc.oneof(
  futureMs.map((n) => `{nows+${n / 1000n}}`),
  futureMs.map((n) => `{nows-${n / 1000n}}`),
  fc.constantFrom('1', '0', '-1', '9223372036854775', '9223372036854776', ...INT64, ...notIntegers),
);

/** Unix milliseconds for PXAT. */
const absMillis = fc.oneof(
  futureMs.map((n) => `{now+${n}}`),
  futureMs.map((n) => `{now-${n}}`),
  fc.constantFrom('1', '0', '-1', ...INT64, ...notIntegers),
);

const setToken: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string[]>(['NX'], ['XX'], ['GET'], ['KEEPTTL'], ['nx'], ['Xx'], ['get'], ['KeepTTL']) },
  // KEEPTTL with a Kelvin sign: a K to JavaScript's case mapping, not to Redis.
  { weight: 1, arbitrary: fc.constantFrom<string[]>(['FOREVER'], ['EX'], ['PXAT'], [''], ['\u212AEEPTTL']) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('EX', 'ex'), relSeconds) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('PX', 'pX'), relMillis) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('EXAT', 'exat'), absSeconds) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('PXAT', 'Pxat'), absMillis) },
);
const setOptions = fc.array(setToken, { maxLength: 3 }).map((tokens) => tokens.flat());

const expireFlag = fc.constantFrom('NX', 'XX', 'GT', 'LT', 'nx', 'gT', 'lt');
const expireFlags = fc.oneof(
  { weight: 4, arbitrary: fc.array(expireFlag, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(expireFlag, { maxLength: 2 }), fc.constantFrom('SOON', '', 'NXX')).map(([flags, bad]) => [...flags, bad]),
  },
);

const wideScore = fc.oneof(
  { weight: 4, arbitrary: score },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...['nan', '-nan', '1e400', '-1e400', '1e-400', '5e-324', 'infinity', '-Infinity', 'INF', '+1.5e3', '.5', '5.'],
      ...[' 1', '1 ', '1,5', '0x10', '-0x1.8p1', '0x', '0x1p-1080'],
    ),
  },
);
const zaddFlag = fc.constantFrom('NX', 'XX', 'GT', 'LT', 'CH', 'INCR', 'nx', 'incr', 'Gt', 'ch');
const zaddArgs = fc
  .tuple(
    fc.array(zaddFlag, { maxLength: 3 }),
    fc.array(fc.tuple(wideScore, member), { minLength: 1, maxLength: 3 }),
    fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: wideScore }),
  )
  .map(([flags, pairs, odd]) => [...flags, ...pairs.flat(), ...(odd === undefined ? [] : [odd])]);

const limitArg = fc.oneof({ weight: 4, arbitrary: index }, { weight: 1, arbitrary: fc.constantFrom('x', '1.5', '', ...INT64) });
const limit = fc.tuple(fc.constantFrom('LIMIT', 'limit'), limitArg, limitArg);
const rangeFlags = fc.shuffledSubarray(['REV', 'WITHSCORES', 'rev', 'withscores'], { maxLength: 3 });
const rangeToken: fc.Arbitrary<string[]> = fc.oneof(
  fc.constantFrom<string[]>(['BYSCORE'], ['REV'], ['WITHSCORES'], ['byscore'], ['Rev'], ['withscores'], ['LIMIT'], ['SIDEWAYS']),
  // A long s and a dotless i: an S and an I to JavaScript's case mapping, neither to Redis.
  fc.constantFrom<string[]>(['WITHſCORES'], ['lımıt', '0', '1']),
  limit,
  fc.tuple(fc.constant('LIMIT'), limitArg),
);
const rangeTokens = fc.array(rangeToken, { maxLength: 4 }).map((tokens) => tokens.flat());
const intEnd = fc.oneof({ weight: 6, arbitrary: index }, { weight: 1, arbitrary: fc.constantFrom(...INT64) });
const scoreEnd = fc.oneof(
  { weight: 6, arbitrary: bound },
  { weight: 1, arbitrary: fc.constantFrom('(9223372036854775807', '(-inf', '(+inf', '(', 'x', '1e400', '(0x10', '0x1p-2') },
);
const rangeEnd = fc.oneof(intEnd, scoreEnd);

/** ZRANGE by rank or by score, with its options in any order: the ones that fit, sometimes LIMIT where it does not. */
const zrangeOrdered = fc.oneof(
  fc
    .tuple(key, intEnd, intEnd, rangeFlags, fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: limit }))
    .map(([k, a, b, f, l]) => ['zrange', k, a, b, ...f, ...(l ?? [])]),
  fc
    .tuple(key, scoreEnd, scoreEnd, rangeFlags, fc.option(limit, { nil: undefined }), fc.constantFrom('BYSCORE', 'byscore'), fc.nat())
    .map(([k, a, b, f, l, by, at]) => {
      const opts: string[][] = [...f.map((x) => [x]), ...(l ? [l] : [])];
      opts.splice(at % (opts.length + 1), 0, [by]);
      return ['zrange', k, a, b, ...opts.flat()];
    }),
);

/**
 * ZRANGE with BYLEX, always with a second BY, a WITHSCORES or an unknown option: the lab does not
 * implement lexicographic ranges, so only the errors Redis gives before reading a lex range are compared.
 */
const zrangeBylex = fc
  .tuple(
    key,
    rangeEnd,
    rangeEnd,
    rangeTokens,
    fc.constantFrom('BYLEX', 'bylex'),
    fc.constantFrom('WITHSCORES', 'BYSCORE', 'BYLEX', 'SIDEWAYS'),
    fc.boolean(),
  )
  .map(([k, a, b, tokens, bylex, other, bylexFirst]) => ['zrange', k, a, b, ...tokens, ...(bylexFirst ? [bylex, other] : [other, bylex])]);

/**
 * Unknown command names, none of them a Redis or lab command: short, long past 128 bytes, with CRLF
 * or NUL, and KEYS and UNLINK spelled with a Kelvin sign, which JavaScript folds to a k and Redis does not.
 */
const unknownName = fc.oneof(
  fc.constantFrom('frobnicate', 'GETT', 'Zadd2', 'set-x', 'a\r\nb', 'nul\0name', '\u212Aeys', 'unlin\u212A'),
  fc.string({ unit: fc.constantFrom('x', 'ç', '€', '😀', '\r', '\n', '\0'), minLength: 1, maxLength: 140 }).map((s) => `zz${s}`),
);
const unknownArg = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', 'ç', '€', '😀', '\ufeff', '\r', '\n', '\0', ' ', "'"), maxLength: 140 }),
  fc.constantFrom('', 'a'.repeat(124), 'a'.repeat(125), 'a'.repeat(126), 'a'.repeat(200)),
);

/** One edge-case command as an argv (name first), possibly holding time tokens. */
export const edgeCommandArb: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(key, value, setOptions).map(([k, v, o]) => ['set', k, v, ...o]) },
  fc.tuple(fc.constantFrom('setex', 'SETEX'), key, relSeconds, value).map(([c, k, s, v]) => [c, k, s, v]),
  fc.tuple(key, relMillis, value).map(([k, ms, v]) => ['psetex', k, ms, v]),
  { weight: 2, arbitrary: fc.tuple(key, relSeconds, expireFlags).map(([k, s, o]) => ['expire', k, s, ...o]) },
  { weight: 2, arbitrary: fc.tuple(key, relMillis, expireFlags).map(([k, ms, o]) => ['pexpire', k, ms, ...o]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('ttl', 'pttl'), key).map(([c, k]) => [c, k]) },
  { weight: 4, arbitrary: fc.tuple(key, zaddArgs).map(([k, a]) => ['zadd', k, ...a]) },
  { weight: 4, arbitrary: zrangeOrdered },
  fc.tuple(key, rangeEnd, rangeEnd, rangeTokens).map(([k, a, b, o]) => ['zrange', k, a, b, ...o]),
  fc.tuple(key, intEnd, intEnd, rangeTokens).map(([k, a, b, o]) => ['zrevrange', k, a, b, ...o]),
  fc
    .tuple(fc.constantFrom('zrangebyscore', 'zrevrangebyscore'), key, scoreEnd, scoreEnd, rangeTokens, fc.boolean())
    .map(([c, k, a, b, o, bylex]) => [c, k, a, b, ...o, ...(bylex ? ['BYLEX'] : [])]),
  zrangeBylex,
  { weight: 2, arbitrary: fc.tuple(unknownName, fc.array(unknownArg, { maxLength: 60 })).map(([name, args]) => [name, ...args]) },
);
