/**
 * Reading numbers back from what a playground printed in either language: Portuguese writes
 * 1.234,5 where English writes 1,234.5.
 */
import type { Locale } from '~/i18n/locales';
import type { PlaygroundRun } from './run-playground';

/** The locale's grouping and decimal marks, as `toLocaleString` writes them. */
function marks(locale: Locale): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return { group: parts.find((p) => p.type === 'group')!.value, decimal: parts.find((p) => p.type === 'decimal')!.value };
}

const escape = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Parses one number as `toLocaleString(locale)` prints it (grouping and decimal marks). */
function parseLocaleNumber(text: string, locale: Locale): number {
  const { group, decimal } = marks(locale);
  const n = Number(text.trim().split(group).join('').replace(decimal, '.'));
  if (!Number.isFinite(n)) throw new Error(`not a ${locale} number: ${JSON.stringify(text)}`);
  return n;
}

/** Every number in a printed line, in order. */
export function numbersIn(line: string, locale: Locale): number[] {
  const { group, decimal } = marks(locale);
  const pattern = new RegExp(`-?\\d[\\d${escape(group)}]*(?:${escape(decimal)}\\d+)?`, 'g');
  return (line.match(pattern) ?? []).map((m) => parseLocaleNumber(m.replace(/[.,]$/, ''), locale));
}

/** The one printed line matching `pattern`; fails clearly when there is none or several. */
export function lineMatching(run: PlaygroundRun, pattern: RegExp): string {
  const found = run.lines.filter((l) => pattern.test(l));
  if (found.length !== 1)
    throw new Error(`${run.id} (${run.locale}): expected one line matching ${pattern}, found ${found.length}:\n${run.text}`);
  return found[0]!;
}
