/**
 * What the lab recorded during a playground run, read from the run's world rather than from the
 * program's printed prose: the database's query log, the Redis server's and the HTTP services'
 * counters, and the lab's reports, found by the lab's own sentences so a reworded report still
 * parses. A world creates a part on first import: reading a part the program never imported
 * gives an empty one, not an error.
 */
import { formatMsFigure } from '~/i18n/format';
import type { QuerySummary } from '~/lab/db/query-log';
import type { QueryLogEntry } from '~/lab/db/statement';
import { labText, type LabTexts } from '~/lab/messages';
import { numbersIn } from './printed';
import type { PlaygroundRun } from './run-playground';

/** One statement of `@lab/db`'s `queryLog.entries`: the lab's own entry type. */
export type LoggedQuery = QueryLogEntry;

/** `@lab/redis`'s `stats()`. */
export interface RedisStats {
  commands: Record<string, number>;
  roundTrips: number;
  hits: number;
  misses: number;
  keys: number;
}

/** `@lab/http`'s `stats()` for one origin: responses by status (`reset` for a dropped connection). */
export interface OriginStats {
  requests: number;
  statuses: Record<string, number>;
}

function labModule(run: PlaygroundRun, name: string): Record<string, unknown> {
  const module = run.world.resolve(name);
  if (!module) throw new Error(`the lab has no module ${name}`);
  return module;
}

/** Every statement the run sent to the lab's database, in order (since the program's last `queryLog.clear()`). */
export function queryLog(run: PlaygroundRun): readonly LoggedQuery[] {
  return (labModule(run, '@lab/db') as { queryLog: { entries: readonly LoggedQuery[] } }).queryLog.entries;
}

/** The lab's Redis counters at the end of the run (since the program's last `resetStats()`). */
export function redisStats(run: PlaygroundRun): RedisStats {
  return (labModule(run, '@lab/redis') as { stats(): RedisStats }).stats();
}

/** The lab's HTTP counters at the end of the run, by origin (`https://api1.com`). */
export function httpStats(run: PlaygroundRun): Record<string, OriginStats> {
  return (labModule(run, '@lab/http') as { stats(): Record<string, OriginStats> }).stats();
}

/** The query log's totals as `@lab/db` computes them (the same figures as the database report). */
export function queryLogSummary(run: PlaygroundRun): QuerySummary {
  return (labModule(run, '@lab/db') as { queryLog: { summary(): QuerySummary } }).queryLog.summary();
}

/**
 * Splits a run of statements into phases, a new one starting at each statement `startsPhase`
 * accepts (statements before the first start are dropped): how a test tells one version of a
 * program from the next when each version begins with the same kind of query.
 */
export function phasesOf(entries: readonly LoggedQuery[], startsPhase: (e: LoggedQuery) => boolean): LoggedQuery[][] {
  const phases: LoggedQuery[][] = [];
  for (const e of entries) {
    if (startsPhase(e)) phases.push([]);
    phases.at(-1)?.push(e);
  }
  return phases;
}

/** Virtual time from the first statement being sent to the last one's answer. */
export function elapsedMs(entries: readonly LoggedQuery[]): number {
  const last = entries.at(-1)!;
  return last.atMs + last.ms - entries[0]!.atMs;
}

/**
 * The most statements in flight at once among `entries` (each from when it was sent until its
 * reply): how much concurrency the database really saw.
 */
export function peakInFlight(entries: readonly LoggedQuery[]): number {
  // Virtual times are sums of fractional ms: compare them to the nanosecond, so a reply and the
  // next send at the same instant meet instead of overlapping by a rounding error.
  const instant = (ms: number) => Math.round(ms * 1e6);
  const events = entries.flatMap((e) => [
    { at: instant(e.atMs), delta: 1 },
    { at: instant(e.atMs + e.ms), delta: -1 },
  ]);
  // A reply and a send at the same instant: the connection is free before it is used again.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let now = 0;
  let peak = 0;
  for (const e of events) peak = Math.max(peak, (now += e.delta));
  return peak;
}

type ReportTitle = { [K in keyof LabTexts]: LabTexts[K] extends string ? (K extends `${string}Title` ? K : never) : never }[keyof LabTexts];

/** The lines of the lab report with that title (in the run's locale); fails when the run produced none. */
function labReport(run: PlaygroundRun, title: ReportTitle): string[] {
  const wanted = labText[run.locale][title];
  const found = run.reports.find((r) => r.title === wanted);
  if (!found) throw new Error(`${run.id} (${run.locale}): no "${wanted}" report; reports: ${run.reports.map((r) => r.title).join(', ')}`);
  return found.lines;
}

/**
 * The numbers of the one report line that the lab's own sentence gives back from those numbers:
 * `sentence(numbers)` must rebuild the line exactly, so a parse that picked the wrong figures, or
 * a line that is not that sentence, fails instead of passing by accident.
 */
export function reportFigures(run: PlaygroundRun, title: ReportTitle, sentence: (texts: LabTexts, numbers: number[]) => string): number[] {
  const texts = labText[run.locale];
  const lines = labReport(run, title);
  const found = lines.flatMap((line) => {
    const numbers = numbersIn(line, run.locale);
    try {
      return sentence(texts, numbers) === line.trim() ? [numbers] : [];
    } catch {
      return [];
    }
  });
  if (found.length !== 1)
    throw new Error(
      `${run.id} (${run.locale}): expected one such line in "${texts[title]}", found ${found.length}:\n  ${lines.join('\n  ')}`,
    );
  return found[0]!;
}

/** A pool as `createEngine` configures it, which is how the database report names it. */
export interface PoolConfig {
  poolSize: number;
  maxOverflow: number;
  poolPrePing: boolean;
  poolTimeoutMs: number;
}

/** A pool's counters in the database report (pre-ping ones only for a pool that pings). */
export interface PoolCounters {
  created: number;
  reused: number;
  waited: number;
  timedOut: number;
  prePings?: number;
  replaced?: number;
}

/** The database report's counters for the one pool with that configuration, whatever the program named it. */
export function poolCounters(run: PlaygroundRun, config: PoolConfig): PoolCounters {
  const texts = labText[run.locale];
  const lines = labReport(run, 'dbTitle');
  const header = `: ${texts.poolConfig(config.poolSize, config.maxOverflow, config.poolPrePing, config.poolTimeoutMs)}`;
  const at = lines.flatMap((l, i) => (l.endsWith(header) ? [i] : []));
  if (at.length !== 1)
    throw new Error(`${run.id} (${run.locale}): expected one pool "${header}", found ${at.length}:\n  ${lines.join('\n  ')}`);
  const counters = lines[at[0]! + 1] ?? '';
  const [created, reused, waited, timedOut] = numbersIn(counters, run.locale) as [number, number, number, number];
  if (counters.trim() !== texts.poolLine(created, reused, waited, timedOut)) throw new Error(`not a pool counters line: ${counters}`);
  if (!config.poolPrePing) return { created, reused, waited, timedOut };
  const pings = lines[at[0]! + 2] ?? '';
  const [prePings, replaced] = numbersIn(pings, run.locale) as [number, number];
  if (pings.trim() !== texts.prePingLine(prePings, replaced)) throw new Error(`not a pre-ping line: ${pings}`);
  return { created, reused, waited, timedOut, prePings, replaced };
}

/** The blocking-calls report: ms the event loop stood still, and tasks run on thread pools. */
export function blockingReport(run: PlaygroundRun): { mainThreadBlockedMs: number; tasks: number } {
  const [mainThreadBlockedMs, tasks] = reportFigures(run, 'blockingTitle', (t, [ms, n]) =>
    t.blockingLine(formatMsFigure(ms!, run.locale), n!),
  );
  return { mainThreadBlockedMs: mainThreadBlockedMs!, tasks: tasks! };
}

/** The CPU pool report: tasks run, real threads started, real ms of CPU. */
export function cpuReport(run: PlaygroundRun): { tasks: number; threads: number; realMs: number } {
  const [tasks, threads, realMs] = reportFigures(run, 'cpuTitle', (t, [n, k, ms]) => t.cpuLine(n!, k!, formatMsFigure(ms!, run.locale)));
  return { tasks: tasks!, threads: threads!, realMs: realMs! };
}
