/**
 * Number parsing and formatting exactly as Redis 7.0 does it (util.c: string2ll, strtod use in
 * getDoubleFromObject and zslParseRange, "%.17g" replies), so edge cases give the same replies.
 * Scores may be written in C's hexadecimal float form too (0x10, 0x1.8p3), since strtod reads it.
 */

export const INT64_MAX = 2n ** 63n - 1n;
export const INT64_MIN = -(2n ** 63n);

/** Redis `string2ll`: optional '-', no '+', no leading zeros, no spaces, within int64. Null when invalid. */
export function parseInt64(s: string): bigint | null {
  if (s.length === 0 || s.length > 20) return null;
  if (s === '0') return 0n;
  if (!/^-?[1-9][0-9]*$/.test(s)) return null;
  const v = BigInt(s);
  return v > INT64_MAX || v < INT64_MIN ? null : v;
}

interface Strtod {
  value: number;
  /** Index just past the parsed number; 0 (the start) when nothing was parsed. */
  end: number;
  /** Whether digits that name a nonzero finite number came out as infinity or zero (C's ERANGE). */
  outOfRange: boolean;
}

/** The hexadecimal form C's strtod also reads: 0x, hex digits with an optional point, an optional binary exponent. */
const HEX_FLOAT = /^0[xX](?:([0-9a-fA-F]+)\.?([0-9a-fA-F]*)|\.([0-9a-fA-F]+))(?:[pP]([+-]?\d+))?/;

/** A hexadecimal float's magnitude, correctly rounded: `digits` as one hex integer times 2^`exponent`. */
function hexMagnitude(digits: string, exponent: number): number {
  let mantissa = BigInt(`0x${digits}`);
  if (mantissa === 0n) return 0;
  // Keep 64 significant bits (plus a sticky bit for what is dropped), so Number() rounds once.
  const excess = mantissa.toString(2).length - 64;
  if (excess > 0) {
    const dropped = mantissa & ((1n << BigInt(excess)) - 1n);
    mantissa = (mantissa >> BigInt(excess)) | (dropped === 0n ? 0n : 1n);
    exponent += excess;
  }
  let value = Number(mantissa);
  // Scale in steps that cannot overflow or underflow on their own; past ±2200 the result is 0 or infinity.
  let e = Math.max(-2200, Math.min(2200, exponent));
  while (e > 1000) [value, e] = [value * 2 ** 1000, e - 1000];
  while (e < -1000) [value, e] = [value * 2 ** -1000, e + 1000];
  return value * 2 ** e;
}

function hexFloat(text: string): { value: number; length: number; nonzero: boolean } | null {
  const m = HEX_FLOAT.exec(text);
  if (!m) return null;
  const [whole, intDigits = '', fracDigits = '', onlyFrac, exp] = m;
  const fraction = onlyFrac ?? fracDigits;
  const digits = `${intDigits}${fraction}`;
  const exponent = (exp === undefined ? 0 : Number(exp)) - 4 * fraction.length;
  return { value: hexMagnitude(digits, exponent), length: whole.length, nonzero: /[^0]/.test(digits) };
}

/** A `strtod` for decimal, hexadecimal and infinity/nan spellings: skips leading whitespace, parses the longest prefix. */
function strtod(s: string): Strtod {
  let i = 0;
  while (i < s.length && ' \t\n\v\f\r'.includes(s[i]!)) i++;
  let j = i;
  if (s[j] === '+' || s[j] === '-') j++;
  const negative = s[i] === '-';
  const sign = negative ? -1 : 1;
  const rest = s.slice(j).toLowerCase();
  if (rest.startsWith('infinity')) return { value: sign * Infinity, end: j + 8, outOfRange: false };
  if (rest.startsWith('inf')) return { value: sign * Infinity, end: j + 3, outOfRange: false };
  if (rest.startsWith('nan')) return { value: NaN, end: j + 3, outOfRange: false };
  const hex = hexFloat(s.slice(j));
  if (hex) {
    const outOfRange = !Number.isFinite(hex.value) || (hex.value === 0 && hex.nonzero);
    return { value: sign * hex.value, end: j + hex.length, outOfRange };
  }
  const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s.slice(j));
  if (!m) return { value: 0, end: 0, outOfRange: false };
  const value = Number(s.slice(i, j + m[0].length));
  return { value, end: j + m[0].length, outOfRange: !Number.isFinite(value) || (value === 0 && /[1-9]/.test(m[1]!)) };
}

/** Redis `getDoubleFromObject`: whole string, no leading space, no NaN, no overflow/underflow. Null when invalid. */
export function parseDouble(s: string): number | null {
  if (s.length === 0 || ' \t\n\v\f\r'.includes(s[0]!)) return null;
  const { value, end, outOfRange } = strtod(s);
  if (end !== s.length || Number.isNaN(value) || outOfRange) return null;
  return value;
}

/** One end of a score range ("(1.5" is exclusive), as `zslParseRange` reads it. Null when invalid. */
export function parseScoreBound(s: string): { value: number; exclusive: boolean } | null {
  const exclusive = s.startsWith('(');
  const text = exclusive ? s.slice(1) : s;
  const { value, end } = strtod(text);
  // strtod consumed nothing: the end pointer is the start of the text, valid only when it is empty.
  if (end === 0 && text.length > 0) return null;
  if (end !== text.length || Number.isNaN(value)) return null;
  return { value, exclusive };
}

/** A double as Redis 7.0 replies it: "inf"/"-inf", otherwise C's "%.17g". */
export function formatDouble(d: number): string {
  if (d === Infinity) return 'inf';
  if (d === -Infinity) return '-inf';
  if (d === 0) return Object.is(d, -0) ? '-0' : '0';
  const [mantissa, expText] = d.toExponential(16).split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 17) {
    const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  const fixed = d.toFixed(16 - exp);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** Orders byte strings as Redis does (memcmp): one character per byte, so code unit order is byte order. */
export function compareBinary(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
