/**
 * The README's first command, `npm install && npm start`, on a fresh clone of this commit with the
 * machine's own Node first on the PATH (on the machines this project runs on, Node 20, older than
 * Astro needs): the project's pinned Node must take over and the site must come up. It costs a
 * full install and build, so it runs in CI (CI=true); `npm test` itself is the README's second
 * command, which CI runs the same way on a fresh clone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../setup/free-port';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The commands of the README's first shell block, comments dropped. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** PATH without the project's node_modules/.bin, so `node` is the machine's own, as for a new user. */
function machinePath(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(delimiter);
}

async function waitForPage(url: string, child: ReturnType<typeof spawn>, deadline: number): Promise<string> {
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before answering ${url}`);
    try {
      const res = await fetch(url);
      if (res.ok) return await res.text();
    } catch {
      // Not listening yet: the build is still running.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in time`);
}

describe.runIf(process.env.CI)('the README on a fresh clone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modulo05-clone-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'npm install && npm start builds and serves the site with the machine’s own Node first on the PATH',
    { timeout: 600_000 },
    async () => {
      expect(readmeCommands()).toEqual(['npm install && npm start', 'npm test']);
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: machinePath() };
      delete env.npm_config_prefix;
      const systemNode = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
      console.info(`machine's node: ${systemNode}`);

      expect(spawnSync('git', ['clone', '--quiet', '--no-local', root, dir]).status).toBe(0);
      const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env, encoding: 'utf8' });
      expect(install.status, install.stderr).toBe(0);

      // `npm start` as the README has it; the extra argument reaches `astro preview`, on a port of
      // its own so that no other server on 4321 can answer in its place.
      const port = await freePort();
      const server = spawn('npm', ['start', '--', '--port', String(port)], { cwd: dir, env, detached: true, stdio: 'ignore' });
      try {
        const html = await waitForPage(`http://127.0.0.1:${port}/`, server, Date.now() + 300_000);
        expect(html).toContain('<html lang="pt-BR"');
        expect(html).toContain('Performance e Concorrência');
      } finally {
        if (server.pid) process.kill(-server.pid, 'SIGTERM');
      }
    },
  );
});

if (!process.env.CI) {
  describe('the README on a fresh clone', () => {
    it('runs in CI only (CI=true): it clones, installs and builds from scratch', () => {
      console.info('Skipping the fresh-clone run of `npm install && npm start`: set CI=true to run it (a full install and build).');
      expect(readmeCommands()).toEqual(['npm install && npm start', 'npm test']);
    });
  });
}
