import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'lab-cli-'));

async function cli(source: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  return cliArgs(file, ...args);
}

async function cliArgs(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', join(root, 'src/runner/cli.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run lab (src/runner/cli.ts)', () => {
  it("prints console output as Node's console does, then the reports, and exits 0", async () => {
    const r = await cli(
      `import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\nconsole.log({ value: await redis.get('k') }, [1, 2]);\n`,
      '--locale',
      'en',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("{ value: 'v' } [ 1, 2 ]");
    expect(r.stdout).toContain('── Redis ──');
    expect(r.stdout).toContain('2 commands in 2 round trips');
    expect(r.stderr).toContain('simulated 1 ms');
  }, 30_000);

  it('exits non-zero with the error and its file:line when the program throws', async () => {
    const r = await cli(`console.log('before');\n\nthrow new Error('boom');\n`, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('before');
    expect(r.stderr).toMatch(/p[a-z0-9]+\.ts:3:\d+: error: Error: boom/);
  }, 30_000);

  it('exits non-zero on a compile error, in Portuguese by default', async () => {
    const r = await cli('const x = ;\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.ts:1:11: erro de compilação: Unexpected token/);
  }, 30_000);

  it('exits non-zero when a promise rejection goes unhandled', async () => {
    const r = await cli(
      `import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('s', 'v');\nvoid redis.incr('s');\nawait redis.get('s');\n`,
      '--locale',
      'en',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unhandled promise rejection: ReplyError: ERR value is not an integer or out of range');
  }, 30_000);

  it('takes the locale as --locale=en too', async () => {
    const r = await cli(`console.log('hi');\n`, '--locale=en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('simulated 0 ms');
  }, 30_000);

  it('prints the usage line and exits 2 without exactly one program, or with an unknown option', async () => {
    const usage = 'usage: npm run lab -- path/to/program.ts [--locale en|pt-BR]';
    for (const args of [[], ['a.ts', 'b.ts'], ['a.ts', '--verbose']]) {
      const r = await cliArgs(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(usage);
    }
  }, 30_000);
});
