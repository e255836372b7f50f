import { describe, expect, it } from 'vitest';
import { neededTools, provisionPlan, type Probes } from './system-tools';

/** Everything there, but what `missing` names. */
const present = (...missing: (keyof Probes)[]): Probes => {
  const all: Probes = { chromium: true, redisServer: true, nginx: true, nginxBrotli: true };
  for (const tool of missing) all[tool] = false;
  return all;
};

describe('what npm test does about missing system programs', () => {
  it('does nothing when Chromium, redis-server and nginx are there', () => {
    expect(provisionPlan(neededTools(present()), { root: false, apt: false })).toEqual({ kind: 'ready' });
  });

  it('installs only what is missing with apt-get when running as root on Debian/Ubuntu', () => {
    const plan = provisionPlan(neededTools(present('chromium')), { root: true, apt: true });
    expect(plan).toEqual({
      kind: 'install',
      packages: ['chromium'],
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
      ],
    });
  });

  it('stops with the exact sudo command when apt-get exists but this is not root', () => {
    const plan = provisionPlan(neededTools(present('chromium', 'redisServer')), { root: false, apt: true });
    expect(plan.kind).toBe('ask');
    if (plan.kind === 'ask') {
      expect(plan.message).toContain('sudo apt-get install chromium redis-server');
      expect(plan.message).toMatch(/chromium: for the browser tests/);
      expect(plan.message).toMatch(/redis-server: for the Redis contract tests/);
    }
  });

  it('names other package managers and CHROMIUM_PATH where there is no apt-get', () => {
    const plan = provisionPlan(neededTools(present('chromium')), { root: true, apt: false });
    expect(plan.kind).toBe('ask');
    if (plan.kind === 'ask') {
      expect(plan.message).toContain('brew install --cask chromium');
      expect(plan.message).toContain('CHROMIUM_PATH');
      expect(plan.message).not.toContain('redis-server:');
    }
  });

  it('installs nginx with its brotli module, and asks for both by name', () => {
    const plan = provisionPlan(neededTools(present('nginx', 'nginxBrotli')), { root: true, apt: true });
    expect(plan).toMatchObject({ kind: 'install', packages: ['nginx', 'libnginx-mod-http-brotli-filter'] });
    const ask = provisionPlan(neededTools(present('nginxBrotli')), { root: false, apt: true });
    expect(ask.kind).toBe('ask');
    if (ask.kind === 'ask') {
      expect(ask.message).toContain('sudo apt-get install libnginx-mod-http-brotli-filter');
      expect(ask.message).toMatch(/libnginx-mod-http-brotli-filter: for the brotli compression/);
    }
  });
});
