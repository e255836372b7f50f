import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '~/i18n/locales';
import { playgroundIds, playgroundSource } from '~/build/playground/sources';

const folders = readdirSync(new URL('../../../playgrounds/', import.meta.url), { withFileTypes: true })
  // playgrounds/exercises/ holds the exercises, one folder each (tests/exercises/).
  .filter((d) => d.isDirectory() && d.name !== 'exercises')
  .map((d) => d.name)
  .sort();

describe('playground sources', () => {
  it('finds every playground folder', () => {
    expect(playgroundIds()).toEqual(folders);
    expect(folders).toContain('golden-rule-io');
  });

  it('has one source per language in every folder', () => {
    for (const id of folders) {
      for (const locale of locales) expect(() => playgroundSource(id, locale), `${id}/${locale}.ts`).not.toThrow();
    }
  });

  it('gives the file as written, without its trailing newline', () => {
    const file = readFileSync(new URL('../../../playgrounds/golden-rule-io/pt-BR.ts', import.meta.url), 'utf8');
    expect(playgroundSource('golden-rule-io', 'pt-BR')).toBe(file.replace(/\n+$/, ''));
    expect(playgroundSource('golden-rule-io', 'pt-BR')).toContain('Sequencial');
    expect(playgroundSource('golden-rule-io', 'en')).toContain('Sequential');
  });

  it('fails with the path it expected when a playground is missing, never falling back to the other language', () => {
    expect(() => playgroundSource('no-such-playground', 'en')).toThrow(
      /<Playground id="no-such-playground" \/> has no en source: expected the file playgrounds\/no-such-playground\/en\.ts \(the folder has no sources\)/,
    );
  });
});
