import { describe, expect, it } from 'vitest';
import { localePrefix } from '../../src/i18n/locales';
import { pagePath } from '../../src/data/pages';

describe('page URLs', () => {
  it('put Portuguese at the root and English under /en/', () => {
    expect([localePrefix('pt-BR'), localePrefix('en')]).toEqual(['/', '/en/']);
    expect([pagePath('index', 'pt-BR'), pagePath('caching', 'pt-BR'), pagePath('index', 'en'), pagePath('caching', 'en')]).toEqual([
      '/',
      '/caching/',
      '/en/',
      '/en/caching/',
    ]);
  });

  it('stay under the base of a site served from a sub-path', () => {
    expect([localePrefix('pt-BR', '/modulo-05/'), localePrefix('en', '/modulo-05/')]).toEqual(['/modulo-05/', '/modulo-05/en/']);
    expect([pagePath('index', 'pt-BR', '/modulo-05/'), pagePath('caching', 'en', '/modulo-05/')]).toEqual([
      '/modulo-05/',
      '/modulo-05/en/caching/',
    ]);
  });
});
