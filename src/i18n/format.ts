/**
 * Every number the site and the lab print, formatted the locale's way. One module so a figure
 * reads the same in a chart, a playground's status line and a lab report.
 */
import type { Locale } from './locales';

/** A whole count with the locale's grouping: 100000 → "100.000" (pt-BR), "100,000" (en). */
export function formatCount(n: number, locale: Locale): string {
  if (!Number.isFinite(n)) throw new RangeError(`a count must be finite, got ${n}`);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A short count for axis labels: 20000 → "20 mil" (pt-BR), "20K" (en). */
export function formatCompactCount(n: number, locale: Locale): string {
  if (!Number.isFinite(n)) throw new RangeError(`a count must be finite, got ${n}`);
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/**
 * A range of counts for the locale: (10000, 20000) → "10.000–20.000" (pt-BR), "10,000–20,000" (en).
 * `max === null` is open-ended and reads with the caller's words: `orMore("100.000")`.
 */
export function formatCountRange(min: number, max: number | null, locale: Locale, orMore: (formattedMin: string) => string): string {
  if (max === null) return orMore(formatCount(min, locale));
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) {
    throw new RangeError(`a count range needs finite min ≤ max, got ${min}–${max}`);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).formatRange(min, max);
}

/**
 * A duration for a reader's eye, with its unit: 60000 → "60.000 ms", 6.25 → "6,3 ms". One decimal
 * only below 10 ms, where it still tells two runs apart.
 */
export function formatMs(ms: number, locale: Locale): string {
  const digits = ms < 10 && ms % 1 !== 0 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(ms)} ms`;
}

/**
 * A measured millisecond figure as lab reports print it, up to three decimals and no unit (the
 * sentence around it names the unit): 0.501 → "0,501". Sub-millisecond round trips are the point
 * of several lessons, so they keep their digits.
 */
export function formatMsFigure(ms: number, locale: Locale): string {
  return ms.toLocaleString(locale, { maximumFractionDigits: 3 });
}

/**
 * A count with its noun: (1, "conexão", "conexões") → "1 conexão", (800302, …) → "800.302 conexões".
 * Singular for exactly one, as both languages' readers expect of a report ("0 conexões", "0
 * timeouts"); CLDR's Portuguese rule would make zero singular.
 */
export function formatCountOf(n: number, locale: Locale, one: string, other: string): string {
  return `${formatCount(n, locale)} ${n === 1 ? one : other}`;
}
