import { describe, expect, it } from 'vitest';
import { parseTheme, storedForm } from '../../../src/components/theme/theme-choice';

describe('the stored theme choice', () => {
  it('keeps the three choices Starlight stores', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('auto')).toBe('auto');
  });

  it('reads anything else as auto: nothing stored, storage unreadable, or garbage', () => {
    for (const value of [null, undefined, '', '{not json', 'purple', 'DARK', 'x'.repeat(100_000), 1, {}]) {
      expect(parseTheme(value)).toBe('auto');
    }
  });

  it('stores auto as an empty string, as Starlight does, and a chosen theme as itself', () => {
    expect(storedForm('auto')).toBe('');
    expect(storedForm('dark')).toBe('dark');
    expect(storedForm('light')).toBe('light');
    expect(parseTheme(storedForm('auto'))).toBe('auto');
  });
});
