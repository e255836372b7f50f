import type { QueryLogEntry, Statement } from './statement';

/** Totals over a set of log entries. */
export interface QuerySummary {
  queries: number;
  rowsRead: number;
  rowsReturned: number;
  ms: number;
  fullScans: number;
  indexScans: number;
}

/** The database's query log: every statement the program caused, in order. */
export class QueryLog {
  private list: QueryLogEntry[] = [];
  private seq = 0;

  /** Called by the database for every statement. */
  record(st: Statement, atMs: number, ms: number, connection: number): QueryLogEntry {
    const entry: QueryLogEntry = { ...st, seq: ++this.seq, atMs, ms, connection };
    this.list.push(entry);
    return entry;
  }

  /** All entries since the last `clear()`. */
  get entries(): readonly QueryLogEntry[] {
    return this.list;
  }

  /** Number of statements since the last `clear()`. */
  get count(): number {
    return this.list.length;
  }

  /** The last statement, if any. */
  last(): QueryLogEntry | undefined {
    return this.list[this.list.length - 1];
  }

  /** Forgets the entries so far (to measure one version of a program, then the next). */
  clear(): void {
    this.list = [];
  }

  summary(entries: readonly QueryLogEntry[] = this.list): QuerySummary {
    const s: QuerySummary = { queries: entries.length, rowsRead: 0, rowsReturned: 0, ms: 0, fullScans: 0, indexScans: 0 };
    for (const e of entries) {
      s.rowsRead += e.rowsRead;
      s.rowsReturned += e.rows.length;
      s.ms += e.ms;
      if (e.access === 'Seq Scan') s.fullScans++;
      if (e.access === 'Index Scan') s.indexScans++;
    }
    return s;
  }
}
