/**
 * What the lab recorded during a playground run, read through the lab modules' public shapes
 * (`@lab/db`'s queryLog, `@lab/redis` and `@lab/http` stats) rather than from printed text, so a
 * test of a lesson's numbers does not depend on how the program words them.
 */
import type { PlaygroundRun } from './run-playground';

/** One statement in the `@lab/db` query log: the fields program tests rely on. */
export interface LoggedStatement {
  kind: string;
  sql: string;
  params: unknown[];
  table: string | null;
  access: string | null;
  index: string | null;
  rowsRead: number;
  rows: Record<string, unknown>[];
  plan: string[];
  /** Virtual ms when the statement was sent. */
  atMs: number;
  /** Simulated time the statement took (round trip + rows read). */
  ms: number;
}

/** The `@lab/db` query log as a program sees it. */
export interface LabQueryLog {
  readonly entries: readonly LoggedStatement[];
  readonly count: number;
  summary(): { queries: number; rowsRead: number; rowsReturned: number; ms: number; fullScans: number; indexScans: number };
}

/** `@lab/redis` counters: commands by (lower-case) name, round trips, key hits and misses, keys held. */
export interface LabRedisStats {
  commands: Record<string, number>;
  roundTrips: number;
  hits: number;
  misses: number;
  keys: number;
}

/** `@lab/http` counters of one origin: requests and responses by status. */
export interface LabHttpOriginStats {
  requests: number;
  statuses: Record<string, number>;
}

function labModule<T>(run: PlaygroundRun, name: string): T {
  const module = run.world.resolve(name);
  if (!module) throw new Error(`the lab has no module ${name}`);
  return module as T;
}

/** The run's database query log (empty when the program never imported `@lab/db`). */
export function queryLogOf(run: PlaygroundRun): LabQueryLog {
  return labModule<{ queryLog: LabQueryLog }>(run, '@lab/db').queryLog;
}

/** The run's Redis counters at the end of the run. */
export function redisStatsOf(run: PlaygroundRun): LabRedisStats {
  return labModule<{ stats(): LabRedisStats }>(run, '@lab/redis').stats();
}

/** The run's HTTP counters, by origin (`http://backend1:8000`). */
export function httpStatsOf(run: PlaygroundRun): Record<string, LabHttpOriginStats> {
  return labModule<{ stats(): Record<string, LabHttpOriginStats> }>(run, '@lab/http').stats();
}

/**
 * Splits a run of statements into phases, a new one starting at each statement `startsPhase`
 * accepts (statements before the first start are dropped): how a test tells one version of a
 * program from the next when each version begins with the same kind of query.
 */
export function phasesOf(entries: readonly LoggedStatement[], startsPhase: (e: LoggedStatement) => boolean): LoggedStatement[][] {
  const phases: LoggedStatement[][] = [];
  for (const e of entries) {
    if (startsPhase(e)) phases.push([]);
    phases.at(-1)?.push(e);
  }
  return phases;
}

/** Virtual time from the first statement being sent to the last one's answer. */
export function elapsedMs(entries: readonly LoggedStatement[]): number {
  const last = entries.at(-1)!;
  return last.atMs + last.ms - entries[0]!.atMs;
}
