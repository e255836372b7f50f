/**
 * Reads a program's `load()` options into checked settings, with a plain sentence for each
 * mistake, and refuses runs past the lab's size limit before anything is sent.
 */
import { formatCount } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { expectedRequests, type LoadProfile } from './arrivals';
import type { LoadTexts } from './messages';
import { LOAD_LABEL_CHARS } from './chart-data';
import type { LoadSettings } from './run-load';

/**
 * Requests one run may send: ten virtual seconds at 1,000 req/s. Past it a run takes long enough
 * in real time that the page stops feeling live, so it is refused up front.
 */
export const MAX_LOAD_REQUESTS = 10_000;

/** Defaults: ten virtual seconds, evenly spaced arrivals, steady rate, no client timeout. */
const DEFAULT_DURATION_MS = 10_000;
const DEFAULT_SEED = 1;

class LoadOptionError extends TypeError {
  override name = 'TypeError';
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** A run's settings and the name the program gave it, if any (shown in the report and the chart). */
interface LoadOptions {
  settings: LoadSettings;
  label: string | null;
}

/** Checks the options of `load(handler, options)`; throws a TypeError or RangeError naming the problem. */
export function readLoadOptions(raw: unknown, texts: LoadTexts, locale: Locale): LoadOptions {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const number = (name: string, fallback: number | undefined, expected: 'positive' | 'nonNegative' | 'integer'): number => {
    const value = o[name] ?? fallback;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (expected === 'positive' ? value > 0 : expected === 'integer' ? Number.isInteger(value) : value >= 0);
    if (!ok) throw new LoadOptionError(texts.badNumber(name, expected, shown(value)));
    return value;
  };
  const rate = number('rate', undefined, 'positive');
  const durationMs = number('duration', DEFAULT_DURATION_MS, 'positive');
  const seed = number('seed', DEFAULT_SEED, 'integer');
  const timeoutMs = o.timeout === undefined ? null : number('timeout', undefined, 'positive');
  const arrival = o.arrival ?? 'constant';
  if (arrival !== 'constant' && arrival !== 'poisson') throw new LoadOptionError(texts.badArrival(shown(arrival)));
  const profile = readProfile(o.profile, rate, texts);
  const settings: LoadSettings = { rate, durationMs, arrival, profile, seed, timeoutMs };
  const expected = expectedRequests(settings);
  if (expected > MAX_LOAD_REQUESTS) {
    throw new RangeError(texts.tooMany(formatCount(expected, locale), formatCount(MAX_LOAD_REQUESTS, locale)));
  }
  const label = o.label === undefined || o.label === null ? null : String(o.label).slice(0, LOAD_LABEL_CHARS);
  return { settings, label };
}

function readProfile(raw: unknown, rate: number, texts: LoadTexts): LoadProfile {
  if (raw === undefined) return { kind: 'steady' };
  const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const value = (name: string, fallback?: number) => {
    const v = p[name] ?? fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new LoadOptionError(texts.badProfile);
    return v;
  };
  if (p.kind === 'steady') return { kind: 'steady' };
  if (p.kind === 'ramp') return { kind: 'ramp', from: value('from', 0), to: value('to', rate) };
  if (p.kind === 'spike') return { kind: 'spike', at: value('at'), duration: value('duration'), peak: value('peak') };
  throw new LoadOptionError(texts.badProfile);
}
