import { describe, expect, it } from 'vitest';
import { headerRules, pagePolicy, policyText, workerPolicy, type CspDirective } from '../../src/data/http-headers';

const inline = { script: ['sha256-AAA=', 'sha256-BBB='] };

/** The policy as directive name → allowed sources. */
function parse(text: string): Record<string, string[]> {
  return Object.fromEntries(
    text
      .split('; ')
      .map((d) => d.split(' '))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the Content-Security-Policy', () => {
  it('gives a reason for every source it allows', () => {
    for (const { name, sources } of [...pagePolicy, ...workerPolicy] as CspDirective[]) {
      for (const source of sources) expect(source.why.trim(), name).not.toBe('');
    }
  });

  it('lets pages run only their own scripts and the inline ones by hash, never strings as code', () => {
    const page = parse(policyText(pagePolicy, inline));
    expect(page['default-src']).toEqual(["'self'"]);
    expect(page['script-src']).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='", "'wasm-unsafe-eval'"]);
    expect(Object.values(page).flat()).not.toContain("'unsafe-eval'");
    expect(page['script-src']).not.toContain("'unsafe-inline'");
    expect(page['frame-ancestors']).toEqual(["'none'"]);
  });

  it('lets the Worker compile programs and start Blob threads, and load nothing', () => {
    expect(parse(policyText(workerPolicy, inline))).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", "'unsafe-eval'"],
      'worker-src': ['blob:'],
    });
  });
});

describe('the header rules', () => {
  it('cache hashed files for a year and revalidate everything else, with the matching policy', () => {
    const [hashed, rest] = headerRules(inline);
    expect(hashed).toMatchObject({ scope: 'hashed-assets', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } });
    expect(hashed!.headers['Content-Security-Policy']).toBe(policyText(workerPolicy, inline));
    expect(rest).toMatchObject({ scope: 'everything-else', headers: { 'Cache-Control': 'no-cache' } });
    expect(rest!.headers['Content-Security-Policy']).toBe(policyText(pagePolicy, inline));
  });

  it('add a report-uri to both policies only when asked', () => {
    for (const rule of headerRules(inline)) expect(rule.headers['Content-Security-Policy']).not.toContain('report-uri');
    for (const rule of headerRules(inline, { reportUri: '/reports' })) {
      expect(rule.headers['Content-Security-Policy']).toMatch(/; report-uri \/reports$/);
    }
  });
});
