/**
 * A load run as a load tester prints it: vegeta's text report layout (a label, the fields in
 * brackets, the values), numbers in the reader's locale, and Little's law checked on the run:
 * the in-flight count measured next to arrival rate × mean latency.
 */
import { formatCount } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { LoadResult } from './measure';
import type { LoadTexts } from './messages';

/** Values in a row are listed with a separator that cannot be read as the locale's decimal comma. */
const SEPARATOR = ' · ';

/** A millisecond figure with as many decimals as tell sub-millisecond round trips apart. */
export function loadMs(ms: number, locale: Locale): string {
  const digits = ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return ms.toLocaleString(locale, { maximumFractionDigits: digits });
}

/** A rate or an average count, with one decimal; below 1, three significant digits (0.04 in flight is not 0). */
export function loadFigure(n: number, locale: Locale): string {
  return n > 0 && n < 1
    ? n.toLocaleString(locale, { maximumSignificantDigits: 3 })
    : n.toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** Little's law on a run: L measured (mean in flight) and λ × W (arrival rate × mean latency). */
export function littlesLaw(result: LoadResult): { measured: number; predicted: number } {
  return { measured: result.inFlight.mean, predicted: result.arrivalRate * (result.latency.mean / 1000) };
}

/** The summary's lines, aligned in columns (reports are shown in a monospace font). */
export function summaryLines(result: LoadResult, texts: LoadTexts, locale: Locale): string[] {
  const n = (v: number) => formatCount(v, locale);
  const ms = (v: number) => `${loadMs(v, locale)} ms`;
  const rate = (v: number) => `${loadFigure(v, locale)}${texts.perSecond}`;
  const { latency: l } = result;
  const law = littlesLaw(result);
  const rows: [[string, string], string[]][] = [
    [texts.requests, [n(result.sent), rate(result.arrivalRate), rate(result.throughput)]],
    [texts.duration, [ms(result.elapsedMs), ms(result.durationMs), ms(Math.max(0, result.elapsedMs - result.durationMs))]],
    [texts.latencies, [l.min, l.mean, l.p50, l.p90, l.p95, l.p99, l.max].map(ms)],
    [texts.outcomes, [n(result.completed), n(result.failed), n(result.timedOut), n(result.refused)]],
    [texts.inFlight, [loadFigure(result.inFlight.mean, locale), n(result.inFlight.max)]],
    [
      texts.little,
      [loadFigure(law.measured, locale), `${loadFigure(law.predicted, locale)} (${rate(result.arrivalRate)} × ${ms(result.latency.mean)})`],
    ],
  ];
  const labelWidth = Math.max(...rows.map(([[label]]) => label.length));
  const fieldsWidth = Math.max(...rows.map(([[, fields]]) => fields.length));
  const lines = rows.map(
    ([[label, fields], values]) => `${label.padEnd(labelWidth)}  ${fields.padEnd(fieldsWidth)}  ${values.join(SEPARATOR)}`,
  );
  const errors = Object.entries(result.errors);
  if (errors.length > 0) {
    lines.push(`${texts.errors}:`);
    for (const [message, count] of errors) lines.push(`  ${n(count)} × ${message}`);
  }
  return lines;
}
