import { describe, expect, it } from 'vitest';
import { headerRules } from '../../../src/data/http-headers';
import { renderNginxServer } from '../../../src/build/http-headers/nginx-config';

const rules = headerRules({ script: ['sha256-AAA='] });
const options = { listen: '127.0.0.1:8080', root: '/srv/site', brotli: false };

/** The directives inside `location <path> { … }`. */
function location(config: string, path: string): string[] {
  const body = new RegExp(`location ${path.replace(/[/*]/g, '\\$&')} \\{\\n([\\s\\S]*?)\\n  \\}`).exec(config)?.[1];
  expect(body, `location ${path}`).toBeDefined();
  return body!.split('\n').map((l) => l.trim());
}

describe('the nginx server block', () => {
  it('sends each rule’s headers from its own location, on error pages too', () => {
    const config = renderNginxServer(rules, options);
    expect(location(config, '/_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(location(config, '/')).toContain('add_header Cache-Control "no-cache" always;');
    expect(location(config, '/')).toContain(`add_header Content-Security-Policy "${rules[1]!.headers['Content-Security-Policy']}" always;`);
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('root "/srv/site";');
  });

  it('keeps the static hosts’ rules file private', () => {
    expect(location(renderNginxServer(rules, options), '= /_headers')).toEqual(['return 404;']);
  });

  it('compresses text with gzip, and with brotli only where the module is loaded', () => {
    const plain = renderNginxServer(rules, options);
    expect(plain).toMatch(/gzip on;[\s\S]*gzip_types text\/css application\/javascript/);
    expect(plain).not.toContain('brotli');
    expect(renderNginxServer(rules, { ...options, brotli: true })).toMatch(
      /brotli on;[\s\S]*brotli_types text\/css application\/javascript/,
    );
  });

  it('serves a build made for a sub-path from there, and nothing outside it', () => {
    const config = renderNginxServer(rules, { ...options, base: '/modulo-05/' });
    expect(location(config, '/modulo-05/_astro/')).toContain('alias "/srv/site/_astro/";');
    expect(location(config, '/modulo-05/_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(location(config, '/modulo-05/')).toContain('alias "/srv/site/";');
    expect(location(config, '/modulo-05/')).toContain('add_header Cache-Control "no-cache" always;');
    expect(location(config, '= /modulo-05/_headers')).toEqual(['return 404;']);
    expect(location(config, '/')).toEqual(['return 404;']);
    expect(config).toContain('error_page 404 /modulo-05/404.html;');
    expect(config).not.toContain('root ');
  });

  it('refuses a value nginx would read differently than written', () => {
    expect(() => renderNginxServer(rules, { ...options, root: '/srv/$site' })).toThrow(/nginx string/);
  });
});
