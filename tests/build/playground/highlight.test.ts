import { describe, expect, it } from 'vitest';
import { highlightTypeScript } from '~/build/playground/highlight';
import { tokenClass } from '~/playground/syntax-classes';

const source = `// comment
import Redis from 'ioredis';
const total: number = await fetch('https://api1.com/data').then((r) => r.status);
function twice<T>(x: T) { return [x, x]; }
console.log(total, true, 42);
const redis = new Redis();
`;

describe('highlightTypeScript', () => {
  it('gives the source back when its segments are joined', () => {
    expect(
      highlightTypeScript(source)
        .map((s) => s.text)
        .join(''),
    ).toBe(source);
    expect(highlightTypeScript('')).toEqual([]);
  });

  it('colours tokens with the playground’s token classes', () => {
    const classOf = (text: string) => highlightTypeScript(source).find((s) => s.text === text)?.className;
    expect(classOf('// comment')).toBe(tokenClass.comment);
    expect(classOf('import')).toBe(tokenClass.keyword);
    expect(classOf('const')).toBe(tokenClass.keyword);
    expect(classOf("'ioredis'")).toBe(tokenClass.string);
    expect(classOf('42')).toBe(tokenClass.constant);
    expect(classOf('true')).toBe(tokenClass.constant);
    expect(classOf('twice')).toBe(tokenClass.function);
    expect(classOf('fetch')).toBe(tokenClass.function);
    expect(classOf('log')).toBe(tokenClass.function);
    expect(classOf('status')).toBe(tokenClass.property);
    expect(classOf('number')).toBe(tokenClass.type);
    expect(classOf('Redis')).toBe(tokenClass.type);
  });

  it('leaves variables, operators and punctuation in the text colour', () => {
    const segments = highlightTypeScript(source);
    for (const text of ['total', 'console', '=', '(', ';', '=>']) {
      const holding = segments.filter((s) => s.text.includes(text));
      expect(holding.length, text).toBeGreaterThan(0);
      for (const segment of holding) expect(segment.className, text).toBeUndefined();
    }
  });
});
