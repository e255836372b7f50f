/**
 * Redis's glob matcher (util.c `stringmatchlen`) for KEYS and SCAN MATCH: `*`, `?`, `[abc]`,
 * `[^a]`, `[a-z]` and `\` escapes. Case-sensitive.
 */
export function globMatch(pattern: string, text: string): boolean {
  return match(pattern, 0, text, 0);
}

function match(p: string, pi: number, s: string, si: number): boolean {
  while (pi < p.length && si < s.length) {
    const c = p[pi]!;
    if (c === '*') {
      while (p[pi + 1] === '*') pi++;
      if (pi + 1 === p.length) return true;
      for (let k = si; k <= s.length; k++) if (match(p, pi + 1, s, k)) return true;
      return false;
    }
    if (c === '?') {
      si++;
      pi++;
      continue;
    }
    if (c === '[') {
      pi++;
      const not = p[pi] === '^';
      if (not) pi++;
      let matched = false;
      for (;;) {
        if (p[pi] === '\\' && pi + 1 < p.length) {
          pi++;
          if (p[pi] === s[si]) matched = true;
        } else if (p[pi] === ']') {
          break;
        } else if (pi >= p.length) {
          pi--;
          break;
        } else if (p[pi + 1] === '-' && pi + 2 < p.length) {
          let start = p[pi]!;
          let end = p[pi + 2]!;
          if (start > end) [start, end] = [end, start];
          pi += 2;
          if (s[si]! >= start && s[si]! <= end) matched = true;
        } else if (p[pi] === s[si]) {
          matched = true;
        }
        pi++;
      }
      if (not) matched = !matched;
      if (!matched) return false;
      si++;
      pi++;
      continue;
    }
    if (c === '\\' && pi + 1 < p.length) pi++;
    if (p[pi] !== s[si]) return false;
    pi++;
    si++;
  }
  if (si === s.length) {
    while (p[pi] === '*') pi++;
    return pi === p.length;
  }
  return false;
}
