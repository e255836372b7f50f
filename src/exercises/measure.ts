/** What the lab recorded while one call of the reader's code ran. */
import type { QueryLogEntry } from '../lab/db/statement';
import type { CheckLab } from './lab-view';

/** Calls `work` and returns its value with the statements the database received meanwhile. */
export async function withQueries<T>(lab: CheckLab, work: () => Promise<T>): Promise<{ value: T; queries: readonly QueryLogEntry[] }> {
  const log = lab.db().queryLog;
  const firstSeq = log.entries[0]?.seq;
  const lastSeq = log.entries.at(-1)?.seq ?? 0;
  const value = await work();
  // Clearing the log during the call would hide its queries from the check.
  if (firstSeq !== undefined && log.entries[0]?.seq !== firstSeq) throw new Error('queryLog.clear() during the call');
  return { value, queries: log.entries.filter((e) => e.seq > lastSeq && e.kind !== 'ping') };
}

/** Calls `work` and returns its value with the virtual ms it took. */
export async function timed<T>(lab: CheckLab, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = lab.nowMs();
  const value = await work();
  return { value, ms: lab.nowMs() - start };
}

/** The reader's exported function by name, as something a check can call. */
export function exportedFunction<A extends unknown[], R>(
  exported: Readonly<Record<string, unknown>>,
  name: string,
): (...args: A) => Promise<R> {
  const fn = exported[name];
  if (typeof fn !== 'function') throw new TypeError(`${name} is not a function`);
  return async (...args: A) => (await (fn as (...a: A) => R | Promise<R>)(...args)) as R;
}
