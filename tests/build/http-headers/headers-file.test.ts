import { describe, expect, it } from 'vitest';
import { headerRules } from '../../../src/data/http-headers';
import { renderHeadersFile } from '../../../src/build/http-headers/headers-file';

const rules = headerRules({ script: ['sha256-AAA='] });

/** The file's blocks: pattern → header lines. */
function blocks(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('  ')) current.push(line.trim());
    else map.set(line, (current = []));
  }
  return map;
}

describe('the _headers file', () => {
  it('writes the hashed-assets rule for /_astro/* and the other rule once per other pattern', () => {
    const file = blocks(renderHeadersFile(rules, ['/', '/caching/*', '/favicon.svg']));
    expect([...file.keys()]).toEqual(['/_astro/*', '/', '/caching/*', '/favicon.svg']);
    expect(file.get('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
    for (const pattern of ['/', '/caching/*', '/favicon.svg']) {
      expect(file.get(pattern)).toContain('Cache-Control: no-cache');
      expect(file.get(pattern)).toContain(`Content-Security-Policy: ${rules[1]!.headers['Content-Security-Policy']}`);
    }
  });

  it('puts the hashed-assets rule under the base of a build made for a sub-path', () => {
    const file = blocks(renderHeadersFile(rules, ['/modulo-05/', '/modulo-05/caching/*'], '/modulo-05/'));
    expect([...file.keys()]).toEqual(['/modulo-05/_astro/*', '/modulo-05/', '/modulo-05/caching/*']);
    expect(file.get('/modulo-05/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
  });

  it('refuses what static hosts would not read: more than 100 rules, a line over 2,000 characters', () => {
    const many = Array.from({ length: 100 }, (_, i) => `/page-${i}/*`);
    expect(() => renderHeadersFile(rules, many)).toThrow(/rules/);
    const long = headerRules({ script: Array.from({ length: 40 }, (_, i) => `sha256-${String(i).padStart(44, 'x')}`) });
    expect(() => renderHeadersFile(long, ['/'])).toThrow(/characters/);
  });
});
