/**
 * Building a check's verdict: expected against actual in both languages, and a short rendering of
 * whatever value the reader's function returned.
 */
import type { Localized } from '../i18n/locales';
import type { CheckOutcome } from './types';

/** The same text in both languages (a number, an id list, a JSON value). */
export function both(text: string): Localized {
  return { 'pt-BR': text, en: text };
}

/** A verdict from a condition and its two sides. */
export function verdict(passed: boolean, expected: Localized, actual: Localized): CheckOutcome {
  return { passed, expected, actual };
}

const MAX_SHOWN = 160;

/** A returned value as a reader would recognise it: JSON, cut to one short line. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : typeof value === 'function' ? 'function' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** Whether two values have the same JSON (rows from the lab are plain data). */
export function sameData(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** What the reader's function threw, as an actual value. */
export function threw(error: unknown): Localized {
  const message = error instanceof Error ? error.message : shown(error);
  return { 'pt-BR': `lançou: ${message}`, en: `threw: ${message}` };
}
