import { describe, expect, it } from 'vitest';
import { neededTools, provisionPlan } from './system-tools';

describe('what npm test does about missing system programs', () => {
  it('does nothing when Chromium and redis-server are there', () => {
    expect(provisionPlan(neededTools(true, true), { root: false, apt: false })).toEqual({ kind: 'ready' });
  });

  it('installs only what is missing with apt-get when running as root on Debian/Ubuntu', () => {
    const plan = provisionPlan(neededTools(false, true), { root: true, apt: true });
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
    const plan = provisionPlan(neededTools(false, false), { root: false, apt: true });
    expect(plan.kind).toBe('ask');
    if (plan.kind === 'ask') {
      expect(plan.message).toContain('sudo apt-get install chromium redis-server');
      expect(plan.message).toMatch(/chromium: for the browser tests/);
      expect(plan.message).toMatch(/redis-server: for the Redis contract tests/);
    }
  });

  it('names other package managers and CHROMIUM_PATH where there is no apt-get', () => {
    const plan = provisionPlan(neededTools(false, true), { root: true, apt: false });
    expect(plan.kind).toBe('ask');
    if (plan.kind === 'ask') {
      expect(plan.message).toContain('brew install --cask chromium');
      expect(plan.message).toContain('CHROMIUM_PATH');
      expect(plan.message).not.toContain('redis-server:');
    }
  });
});
