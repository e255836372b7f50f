/**
 * The glob patterns of KEYS and SCAN MATCH, compiled to a RegExp: `*` (any run), `?` (one
 * character), `[abc]`, `[^abc]`, `[a-z]` and `\` escapes, case-sensitive. Malformed patterns are
 * read the way Redis 7.0 reads them, since the contract suite holds the lab to a real server:
 * a range written backwards (`[z-a]`) is the same range; `x-` followed by any character is a range,
 * even when that character is `]`; a `[` never closed takes the rest of the pattern as its set;
 * a `\` with nothing after it is a backslash.
 */
export function globMatch(pattern: string, text: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    re = new RegExp(`^${translate(pattern)}$`);
    compiled.set(pattern, re);
  }
  return re.test(text);
}

/** Programs match a handful of patterns over and over; a bound keeps a generated stream from growing the cache. */
const MAX_COMPILED = 128;
const compiled = new Map<string, RegExp>();

/** One UTF-16 unit, written so that no character means anything inside or outside a RegExp class. */
const unit = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

function translate(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '*') {
      out += '[\\s\\S]*';
      i++;
    } else if (ch === '?') {
      out += '[\\s\\S]';
      i++;
    } else if (ch === '[') {
      const set = readSet(pattern, i + 1);
      out += set.source;
      i = set.next;
    } else if (ch === '\\' && i + 1 < pattern.length) {
      out += unit(pattern[i + 1]!);
      i += 2;
    } else {
      out += unit(ch);
      i++;
    }
  }
  return out;
}

/** Reads a set starting just after its `[`; returns the RegExp for one character and where the pattern goes on. */
function readSet(pattern: string, start: number): { source: string; next: number } {
  let i = start;
  const negated = pattern[i] === '^';
  if (negated) i++;
  const members: string[] = [];
  for (;;) {
    if (i >= pattern.length) break; // never closed: the set is the rest of the pattern
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) {
      members.push(unit(pattern[i + 1]!));
      i += 2;
    } else if (ch === ']') {
      i++;
      break;
    } else if (pattern[i + 1] === '-' && i + 2 < pattern.length) {
      const [low, high] = [ch, pattern[i + 2]!].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0)) as [string, string];
      members.push(`${unit(low)}-${unit(high)}`);
      i += 3;
    } else {
      members.push(unit(ch));
      i++;
    }
  }
  if (members.length === 0) return { source: negated ? '[\\s\\S]' : '(?!)', next: i };
  return { source: `[${negated ? '^' : ''}${members.join('')}]`, next: i };
}
