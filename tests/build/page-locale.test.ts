import { describe, expect, it } from 'vitest';
import { pageLocale } from '~/build/page-locale';

describe('pageLocale', () => {
  it('reads the page language from Starlight’s route data', () => {
    expect(pageLocale({ starlightRoute: { lang: 'pt-BR' } })).toBe('pt-BR');
    expect(pageLocale({ starlightRoute: { lang: 'en' } })).toBe('en');
  });
});
