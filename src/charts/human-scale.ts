import type { Locale } from '../i18n/locales';

/**
 * "Human scale": stretch every latency by one billion so 1 ns becomes 1 s. A duration of
 * `ns` nanoseconds then lasts `ns` seconds: L1's 0.5 ns is half a second, a 150 ms
 * cross-datacenter round trip is 150 million seconds, almost five years.
 */
const HUMAN_SCALE_FACTOR = 1e9;

export type HumanUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const DAY = 86_400;
const YEAR = 365.25 * DAY;

/** Seconds in each unit; a month is a twelfth of a Julian year (30.44 days). */
export const SECONDS_PER: Readonly<Record<HumanUnit, number>> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: DAY,
  month: YEAR / 12,
  year: YEAR,
};

const LARGEST_FIRST: readonly HumanUnit[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** Seconds a latency of `ns` nanoseconds lasts once stretched by HUMAN_SCALE_FACTOR. */
export function humanSeconds(ns: number): number {
  if (!(Number.isFinite(ns) && ns > 0)) throw new RangeError(`a latency must be a finite number of ns > 0, got ${ns}`);
  return (ns / 1e9) * HUMAN_SCALE_FACTOR;
}

/** A number of seconds in the largest unit that keeps the value ≥ 1 (seconds below one second). */
export function splitHumanDuration(seconds: number): { value: number; unit: HumanUnit } {
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new RangeError(`a duration must be > 0 seconds, got ${seconds}`);
  const unit = LARGEST_FIRST.find((u) => seconds >= SECONDS_PER[u]) ?? 'second';
  return { value: seconds / SECONDS_PER[unit], unit };
}

/** Formats seconds with the locale's words and plurals: 0.5 → "0,5 segundo" (pt-BR), "0.5 seconds" (en). */
export function formatHumanSeconds(seconds: number, locale: Locale): string {
  const { value, unit } = splitHumanDuration(seconds);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    // One decimal while it matters (1,7 dia), none once the value is large (115 days → months anyway).
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** A latency in human scale, formatted: 150 000 ns (SSD) → "1,7 dia" (pt-BR), "1.7 days" (en). */
export function formatHumanScale(ns: number, locale: Locale): string {
  return formatHumanSeconds(humanSeconds(ns), locale);
}

/** Landmarks for the human-scale axis, in seconds: a second, a minute, an hour, a day, a month, a year, ten years. */
export const HUMAN_LANDMARKS: readonly number[] = [
  SECONDS_PER.second,
  SECONDS_PER.minute,
  SECONDS_PER.hour,
  SECONDS_PER.day,
  SECONDS_PER.month,
  SECONDS_PER.year,
  10 * SECONDS_PER.year,
];
