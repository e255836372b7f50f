import type { Locale } from '../i18n/locales';

/**
 * The micro sign as the module writes it ("150 μs"): GREEK SMALL LETTER MU, U+03BC.
 * One constant so every label on the site uses the same character as the module's text.
 */
export const MICRO = '\u03bc';

export type DurationUnit = 'ns' | `${typeof MICRO}s` | 'ms' | 's';

const UNITS: readonly { unit: DurationUnit; ns: number }[] = [
  { unit: 's', ns: 1e9 },
  { unit: 'ms', ns: 1e6 },
  { unit: `${MICRO}s`, ns: 1e3 },
  { unit: 'ns', ns: 1 },
];

/** Splits a duration in nanoseconds into a readable value and unit: 150 000 ns → 150 μs. */
export function splitDuration(ns: number): { value: number; unit: DurationUnit } {
  if (!(Number.isFinite(ns) && ns > 0)) throw new RangeError(`a duration must be a finite number of ns > 0, got ${ns}`);
  // Round first so 999.9999 ns reads "1 μs", not "1000 ns".
  const rounded = Number(ns.toPrecision(3));
  const chosen = UNITS.find((u) => rounded >= u.ns) ?? UNITS[UNITS.length - 1]!;
  return { value: Number((rounded / chosen.ns).toPrecision(3)), unit: chosen.unit };
}

/** Formats a duration for the locale: 0.5 → "0,5 ns" (pt-BR) or "0.5 ns" (en); 150 000 → "150 μs". */
export function formatDuration(ns: number, locale: Locale): string {
  const { value, unit } = splitDuration(ns);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${unit}`;
}
