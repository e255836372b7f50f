/**
 * Number parsing and formatting exactly as Redis 7.0 does it (util.c: string2ll, strtod use in
 * getDoubleFromObject and zslParseRange, "%.17g" replies), so edge cases give the same replies.
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
}

/** A `strtod` for decimal and infinity/nan spellings: skips leading whitespace, parses the longest prefix. */
function strtod(s: string): Strtod {
  let i = 0;
  while (i < s.length && ' \t\n\v\f\r'.includes(s[i]!)) i++;
  let j = i;
  if (s[j] === '+' || s[j] === '-') j++;
  const negative = s[i] === '-';
  const rest = s.slice(j).toLowerCase();
  if (rest.startsWith('infinity')) return { value: negative ? -Infinity : Infinity, end: j + 8 };
  if (rest.startsWith('inf')) return { value: negative ? -Infinity : Infinity, end: j + 3 };
  if (rest.startsWith('nan')) return { value: NaN, end: j + 3 };
  const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(s.slice(j));
  if (!m) return { value: 0, end: 0 };
  return { value: Number(s.slice(i, j + m[0].length)), end: j + m[0].length };
}

/** Redis `getDoubleFromObject`: whole string, no leading space, no NaN, no overflow/underflow. Null when invalid. */
export function parseDouble(s: string): number | null {
  if (s.length === 0 || ' \t\n\v\f\r'.includes(s[0]!)) return null;
  const { value, end } = strtod(s);
  if (end !== s.length || Number.isNaN(value)) return null;
  const isInfLiteral = /inf/i.test(s);
  if (!Number.isFinite(value) && !isInfLiteral) return null;
  if (value === 0 && /[1-9]/.test(s.split(/[eE]/)[0]!)) return null;
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

/** Length of a string in UTF-8 bytes, as STRLEN and APPEND count. */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Orders strings as Redis does (memcmp of UTF-8 bytes = code point order). */
export function compareBinary(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
