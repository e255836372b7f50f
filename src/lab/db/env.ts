import type { VirtualClock } from '../clock/virtual-clock';
import type { LabTexts } from '../messages';
import type { TraceRecorder } from '../trace/recorder';
import type { Database } from './database';

/** What the database part shares with engines and connections. */
export interface DbEnv {
  database: Database;
  texts: LabTexts;
  delay(ms: number): Promise<void>;
  nowMs(): number;
  schedule(ms: number, fn: () => void): number;
  cancel(id: number): void;
  /** Where queries, pool waits and connection set-ups leave their spans. */
  trace?: TraceRecorder;
}

/** The clock operations a database needs: latencies, query timestamps and pool timeouts. */
type DbClock = Pick<VirtualClock, 'delay' | 'nowMs' | 'schedule' | 'cancel'>;

/** A database's environment on a clock (the world's, a test's own, or one where no time passes). */
export function dbEnv(database: Database, clock: DbClock, texts: LabTexts, trace?: TraceRecorder): DbEnv {
  return {
    ...(trace ? { trace } : {}),
    database,
    texts,
    delay: (ms) => clock.delay(ms),
    nowMs: () => clock.nowMs(),
    schedule: (ms, fn) => clock.schedule(ms, fn),
    cancel: (id) => clock.cancel(id),
  };
}
