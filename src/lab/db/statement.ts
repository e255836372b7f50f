import type { DbError } from './errors';
import type { Access } from './planner';

/**
 * One SQL statement the lab ran: the PostgreSQL text it stands for, its parameters, the rows it
 * returns exactly as PostgreSQL would (keys are the output column names), and what it cost.
 */
export interface Statement {
  kind: 'select' | 'count' | 'insert' | 'update' | 'delete' | 'ddl' | 'ping' | 'transaction';
  sql: string;
  params: unknown[];
  table: string | null;
  access: Access | null;
  index: string | null;
  rowsRead: number;
  /** Rows the statement returns (for writes without RETURNING: none). */
  rows: Record<string, unknown>[];
  /** Rows written by INSERT/UPDATE/DELETE. */
  affected?: number;
  plan: string[];
  /** Set when the statement fails on the server (a constraint); the call rejects with it. */
  error?: DbError;
}

/** A statement as the query log keeps it: plus when it ran, how long it took and on which connection. */
export interface QueryLogEntry extends Statement {
  seq: number;
  /** Virtual ms when the statement was sent. */
  atMs: number;
  /** Simulated time the statement took (round trip + rows read). */
  ms: number;
  connection: number;
}
