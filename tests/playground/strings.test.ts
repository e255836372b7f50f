import { describe, expect, it } from 'vitest';
import { isPageGlobalError, playgroundText } from '~/playground/strings';

/** Every text of a language, functions called with sample arguments. */
function texts(locale: 'pt-BR' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') out[prefix] = value;
    else if (typeof value === 'function') out[prefix] = String(value(7));
    else for (const [k, v] of Object.entries(value as object)) walk(prefix ? `${prefix}.${k}` : k, v);
  };
  walk('', playgroundText[locale]);
  return out;
}

describe('playground texts', () => {
  it('are translated: no Portuguese text is the English one', () => {
    const pt = texts('pt-BR');
    const en = texts('en');
    expect(Object.keys(pt).sort()).toEqual(Object.keys(en).sort());
    // A console level keeps its name in both languages.
    const sameOnPurpose = new Set(['levels.log']);
    for (const key of Object.keys(en)) {
      expect(pt[key]?.trim(), key).toBeTruthy();
      if (!sameOnPurpose.has(key)) expect(pt[key], key).not.toBe(en[key]);
    }
  });

  it('recognise a program reaching for the page it does not have', () => {
    expect(isPageGlobalError('ReferenceError: document is not defined')).toBe(true);
    expect(isPageGlobalError('ReferenceError: localStorage is not defined')).toBe(true);
    expect(isPageGlobalError('ReferenceError: window is not defined')).toBe(true);
    expect(isPageGlobalError('ReferenceError: documents is not defined')).toBe(false);
    expect(isPageGlobalError('TypeError: document is not defined')).toBe(false);
  });
});
