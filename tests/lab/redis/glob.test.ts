import { describe, expect, it } from 'vitest';
import { globMatch } from '~/lab/redis/glob';

describe('Redis glob patterns', () => {
  it('match any run with *, one character with ?, and everything else literally', () => {
    expect(globMatch('user:*', 'user:')).toBe(true);
    expect(globMatch('user:*', 'user:42')).toBe(true);
    expect(globMatch('user:?', 'user:42')).toBe(false);
    expect(globMatch('user:??', 'user:42')).toBe(true);
    expect(globMatch('a.b', 'axb')).toBe(false);
    expect(globMatch('(x)+', '(x)+')).toBe(true);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('?', '')).toBe(false);
  });

  it('read sets, negated sets, ranges and escapes', () => {
    expect(globMatch('h[ae]llo', 'hello')).toBe(true);
    expect(globMatch('h[^e]llo', 'hello')).toBe(false);
    expect(globMatch('h[^e]llo', 'hallo')).toBe(true);
    expect(globMatch('k[0-9]', 'k7')).toBe(true);
    expect(globMatch('k[9-0]', 'k7')).toBe(true); // a backwards range is the same range
    expect(globMatch('u\\?er', 'u?er')).toBe(true);
    expect(globMatch('u\\?er', 'user')).toBe(false);
    expect(globMatch('[\\]]', ']')).toBe(true);
  });

  it('read malformed patterns as Redis does', () => {
    // `a-]` is a range from ']' to 'a', and the set is never closed.
    expect(globMatch('[a-]', '^')).toBe(true);
    expect(globMatch('[a-]', 'b')).toBe(false);
    // A set never closed is the rest of the pattern.
    expect(globMatch('r[ab', 'rb')).toBe(true);
    expect(globMatch('r[ab', 'r[')).toBe(false);
    // An empty set matches nothing; an empty negated set matches any one character.
    expect(globMatch('[]', 'a')).toBe(false);
    expect(globMatch('[^]', 'a')).toBe(true);
    // A trailing backslash is a backslash.
    expect(globMatch('a\\', 'a\\')).toBe(true);
  });
});
