import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstShapeDifference, programShape, ShapeError, TEXT, type ShapeToken } from './support/program-shape';
import { locales, playgroundIds, playgroundPath, playgroundSource } from './support/run-playground';

const texts = (shape: ShapeToken[]) => shape.map((t) => t.text);

/** Both sources have the same shape; on failure, says where they part. */
function expectSameProgram(a: string, b: string, label: string): void {
  const diff = firstShapeDifference(programShape(a), programShape(b));
  const where = diff
    ? `${label}: first difference at pt-BR line ${diff.a?.line ?? 'end'} (${JSON.stringify(diff.a?.text ?? null)}) vs en line ${diff.b?.line ?? 'end'} (${JSON.stringify(diff.b?.text ?? null)})`
    : '';
  expect(where).toBe('');
}

describe('program shape', () => {
  it('drops comments and replaces string and template text, keeping ${...} expressions as code', () => {
    const shape = programShape(`// a comment
/* a block
   comment */
const msg: string = 'olá, "mundo"'; // trailing
console.log(\`took \${(end - start).toFixed(4)}s and \${\`nested \${n}\`}\`);`);
    expect(texts(shape)).toEqual([
      'const',
      'msg',
      ':',
      'string',
      '=',
      TEXT,
      ';',
      'console',
      '.',
      'log',
      '(',
      '`',
      TEXT,
      '${',
      '(',
      'end',
      '-',
      'start',
      ')',
      '.',
      'toFixed',
      '(',
      '4',
      ')',
      '}',
      TEXT,
      '${',
      '`',
      TEXT,
      '${',
      'n',
      '}',
      TEXT,
      '`',
      '}',
      TEXT,
      '`',
      ')',
      ';',
    ]);
    expect(shape.find((t) => t.text === 'console')?.line).toBe(5);
  });

  it('keeps regular expressions and numbers as code, and tells division from a regex', () => {
    expect(texts(programShape(`const r = /a\\/b[/]/g; const x = a / b / 2; const y = 1_000.5e-3;`))).toEqual([
      'const',
      'r',
      '=',
      '/a\\/b[/]/g',
      ';',
      'const',
      'x',
      '=',
      'a',
      '/',
      'b',
      '/',
      '2',
      ';',
      'const',
      'y',
      '=',
      '1_000.5e-3',
      ';',
    ]);
  });

  it('treats translations of comments, strings and template text as the same program', () => {
    const pt = `// Sequencial: uma depois da outra.\nconsole.log(\`Sequencial: \${ms} ms\`, 'ok');`;
    const en = `// Sequential: one after another.\nconsole.log(\`Sequential: \${ms} ms\`, "fine");`;
    expect(firstShapeDifference(programShape(pt), programShape(en))).toBeNull();
  });

  it('finds a renamed identifier, a changed number, an extra statement and a changed ${...} expression', () => {
    const base = 'const total = items.length * 2;\nconsole.log(`total ${total}`);';
    for (const changed of [
      'const totalItems = items.length * 2;\nconsole.log(`total ${totalItems}`);',
      'const total = items.length * 3;\nconsole.log(`total ${total}`);',
      'const total = items.length * 2;\nconsole.log(`total ${total}`);\nconsole.log(total);',
      'const total = items.length * 2;\nconsole.log(`total ${total + 1}`);',
    ]) {
      const diff = firstShapeDifference(programShape(base), programShape(changed));
      expect(diff, changed).not.toBeNull();
    }
    const diff = firstShapeDifference(programShape(base), programShape(base.replace('items.length * 2', 'items.size * 2')));
    expect(diff).toMatchObject({ a: { text: 'length', line: 1 }, b: { text: 'size', line: 1 } });
  });

  it('rejects an unterminated string or template instead of guessing', () => {
    expect(() => programShape(`const a = 'oops;\nconst b = 1;`)).toThrow(ShapeError);
    expect(() => programShape('const a = `oops ${b}')).toThrow(ShapeError);
    expect(() => programShape('const a = 1; /* oops')).toThrow(ShapeError);
  });

  it('keeps syntax the grammar recovers from as code, so it is still compared', () => {
    const shape = (src: string) => texts(programShape(src));
    expect(shape('time[i]! += 1; // pt')).toEqual(shape('time[i]! += 1; // en'));
    expect(shape('time[i]! += 1;')).not.toEqual(shape('time[i]! -= 1;'));
  });
});

describe('every playground exists in both languages as the same program', () => {
  const ids = playgroundIds();

  it('has playgrounds', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const id of ids) {
    it(id, () => {
      for (const locale of locales) expect(existsSync(playgroundPath(id, locale)), `${id}/${locale}.ts`).toBe(true);
      expectSameProgram(playgroundSource(id, 'pt-BR'), playgroundSource(id, 'en'), id);
    });
  }
});
