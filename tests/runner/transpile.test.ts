import { describe, expect, it } from 'vitest';
import { transpile } from '~/runner/transpile';

describe('transpile', () => {
  it('strips types and turns imports into require calls while keeping every line in place', () => {
    const source = [
      "import Redis from 'ioredis';",
      "import { db, type Engine } from '@lab/db';",
      'interface User {',
      '  id: number;',
      '}',
      'const redis: Redis = new Redis();',
      'const u = (await db.user.findFirst()) as User | null;',
      'console.log(u?.id);',
    ].join('\n');
    const out = transpile(source, 'x.ts');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const lines = out.code.split('\n');
    expect(lines[0]).toContain("require('ioredis')");
    expect(lines[1]).toContain("require('@lab/db')");
    expect(lines[5]).toMatch(/^const redis = new \(0, _ioredis2\.default\)\(\);$/);
    expect(lines[6]).toContain('await _db.db.user.findFirst()');
    // Modern syntax is left to the engine (every target runs it), so columns stay put too.
    expect(lines[7]).toBe('console.log(u?.id);');
  });

  it('reports a syntax error with its line and 1-based column, without the transformer prefix', () => {
    expect(transpile('let x = 1;\nlet y: = 2;\n', 'y.ts')).toEqual({ ok: false, message: 'Unexpected token', line: 2, column: 8 });
  });
});
