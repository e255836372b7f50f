import { withCallSite } from '../call-site';
import type { Database, IndexInfo } from './database';
import { DbError } from './errors';
import { countRows, findMany, type FindManyArgs, type Send } from './read';
import type { Statement } from './statement';
import type { Table } from './table';
import { requireUniqueWhere, writes } from './write';
import type { Where } from './where';

/** Runs ORM work on one connection: `work` gets a `send` for that connection. */
export interface SessionRunner {
  session<T>(work: (send: Send) => Promise<T>): Promise<T>;
}

/** A statement as `explain` reports it. */
interface ExplainedStatement {
  sql: string;
  params: unknown[];
  access: Statement['access'];
  index: string | null;
  rowsRead: number;
  rowsReturned: number;
  plan: string[];
}

/** What `explain` returns: every statement the call ran, its plan, and totals. */
interface Explain {
  statements: ExplainedStatement[];
  /** All plan lines, statement after statement. */
  plan: string[];
  rowsRead: number;
  rowsReturned: number;
}

const readOps = ['findMany', 'findFirst', 'findUnique', 'count'] as const;

/** `db.user`, `db.post`: Prisma-shaped operations on one model. */
class Model {
  constructor(
    private readonly database: Database,
    private readonly table: Table,
    private readonly runner: SessionRunner,
  ) {}

  private run<T>(work: (send: Send) => Promise<T>): Promise<T> {
    return withCallSite(this.runner.session(work));
  }

  /** Rows matching `where`, ordered (always ending by id), paginated with take/skip/cursor, with relations. */
  findMany(args: FindManyArgs = {}): Promise<Record<string, unknown>[]> {
    return this.run((send) => findMany(this.database, this.table, args, send));
  }

  /** The first matching row, or null. */
  findFirst(args: FindManyArgs = {}): Promise<Record<string, unknown> | null> {
    return this.run((send) => findMany(this.database, this.table, { ...args, take: 1 }, send, 'findFirst')).then((r) => r[0] ?? null);
  }

  /** The row with this id (or unique email), or null. */
  findUnique(args: Pick<FindManyArgs, 'where' | 'select' | 'include' | 'relationLoadStrategy'>): Promise<Record<string, unknown> | null> {
    return this.run(async (send) => {
      requireUniqueWhere(this.table, args?.where, 'findUnique');
      const rows = await findMany(this.database, this.table, { ...args, take: 1 }, send, 'findUnique');
      return rows[0] ?? null;
    });
  }

  /** Like findUnique, but rejects (P2025) when there is no such row. */
  async findUniqueOrThrow(
    args: Pick<FindManyArgs, 'where' | 'select' | 'include' | 'relationLoadStrategy'>,
  ): Promise<Record<string, unknown>> {
    const row = await this.findUnique(args);
    if (!row) throw new DbError(`No ${this.table.def.model} found`, 'P2025');
    return row;
  }

  /** Like findFirst, but rejects (P2025) when there is no such row. */
  async findFirstOrThrow(args: FindManyArgs = {}): Promise<Record<string, unknown>> {
    const row = await this.findFirst(args);
    if (!row) throw new DbError(`No ${this.table.def.model} found`, 'P2025');
    return row;
  }

  /** Number of matching rows. */
  count(args: { where?: Where } = {}): Promise<number> {
    return this.run((send) => countRows(this.table, args, send));
  }

  create(args: { data: unknown; select?: unknown }): Promise<Record<string, unknown>> {
    return this.run((send) => writes.create(this.database, this.table, args, send));
  }

  createMany(args: { data: unknown[] }): Promise<{ count: number }> {
    return this.run((send) => writes.createMany(this.database, this.table, args, send));
  }

  update(args: { where: Where; data: unknown; select?: unknown }): Promise<Record<string, unknown>> {
    return this.run((send) => writes.update(this.database, this.table, args, send));
  }

  updateMany(args: { where?: Where; data: unknown }): Promise<{ count: number }> {
    return this.run((send) => writes.updateMany(this.database, this.table, args, send));
  }

  delete(args: { where: Where; select?: unknown }): Promise<Record<string, unknown>> {
    return this.run((send) => writes.delete(this.database, this.table, args, send));
  }

  deleteMany(args: { where?: Where } = {}): Promise<{ count: number }> {
    return this.run((send) => writes.deleteMany(this.database, this.table, args, send));
  }

  /**
   * Runs a read (`'findMany'`, `'findFirst'`, `'findUnique'`, `'count'`) like EXPLAIN ANALYZE and
   * returns its plan: full scan or index, rows read and returned.
   */
  explain(op: (typeof readOps)[number], args: FindManyArgs = {}): Promise<Explain> {
    if (!readOps.includes(op)) return Promise.reject(new DbError(`explain supports ${readOps.join(', ')}; got ${String(op)}.`, 'P2009'));
    const seen: Statement[] = [];
    return this.run(async (send) => {
      const capture: Send = async (build) => {
        const st = await send(build);
        seen.push(st);
        return st;
      };
      if (op === 'count') await countRows(this.table, args, capture);
      else await findMany(this.database, this.table, op === 'findMany' ? args : { ...args, take: 1 }, capture, op);
      const statements = seen.map((s) => ({
        sql: s.sql,
        params: s.params,
        access: s.access,
        index: s.index,
        rowsRead: s.rowsRead,
        rowsReturned: s.rows.length,
        plan: s.plan,
      }));
      return {
        statements,
        plan: statements.flatMap((s) => s.plan),
        rowsRead: statements.reduce((a, s) => a + s.rowsRead, 0),
        rowsReturned: statements.reduce((a, s) => a + s.rowsReturned, 0),
      };
    });
  }
}

/** The ORM client: one model per table and the database-wide operations ($-prefixed, as in Prisma). */
export class DbClient {
  readonly user: Model;
  readonly post: Model;

  constructor(
    private readonly database: Database,
    private readonly runner: SessionRunner,
  ) {
    this.user = new Model(database, database.table('users'), runner);
    this.post = new Model(database, database.table('posts'), runner);
  }

  /** `CREATE INDEX` on a column (`$createIndex('posts', 'userId')`); resolves to the index name. Building reads every row. */
  $createIndex(table: string, field: string): Promise<string> {
    return withCallSite(this.runner.session(async (send) => (await send(() => this.database.createIndex(table, field))).index!));
  }

  /** `DROP INDEX` by name (`posts_user_id_idx`). */
  $dropIndex(name: string): Promise<void> {
    return withCallSite(
      this.runner.session(async (send) => {
        await send(() => this.database.dropIndex(name));
      }),
    );
  }

  /** The indexes that exist now (metadata: no round trip). */
  $indexes(): IndexInfo[] {
    return this.database.indexes();
  }
}
