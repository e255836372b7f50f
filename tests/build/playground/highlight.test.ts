import { describe, expect, it } from 'vitest';
import { highlightTypeScript } from '~/build/playground/highlight';

const source = `// comment
import Redis from 'ioredis';
const total: number = await fetch('https://api1.com/data').then((r) => r.status);
function twice<T>(x: T) { return [x, x]; }
console.log(total, true, 42);
`;

describe('highlightTypeScript', () => {
  it('gives the source back when its segments are joined', () => {
    expect(highlightTypeScript(source).map((s) => s.text).join('')).toBe(source);
    expect(highlightTypeScript('')).toEqual([]);
  });

  it('colours tokens with the classes Sandpack gives them', () => {
    const classOf = (text: string) => highlightTypeScript(source).find((s) => s.text === text)?.className;
    expect(classOf('// comment')).toBe('sp-syntax-comment');
    expect(classOf('import')).toBe('sp-syntax-keyword');
    expect(classOf('const')).toBe('sp-syntax-keyword');
    expect(classOf("'ioredis'")).toBe('sp-syntax-string');
    expect(classOf('42')).toBe('sp-syntax-static');
    expect(classOf('true')).toBe('sp-syntax-static');
    expect(classOf('twice')).toBe('sp-syntax-definition');
    expect(classOf('log')).toBe('sp-syntax-property');
    expect(classOf('total')).toBe('sp-syntax-plain');
  });
});
