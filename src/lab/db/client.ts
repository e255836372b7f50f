import { withCallSite } from '../call-site';
import { aggregate, groupBy } from './aggregate';
import { callArgs } from './arguments';
import type { Database, IndexInfo } from './database';
import { DbError, invalid } from './errors';
import { LazyQuery } from './lazy';
import { countRows, findMany, type FindManyArgs, type Send } from './read';
import type { Statement } from './statement';
import { checkKeys } from './shape';
import type { Table } from './table';
import { requireUniqueWhere, writes } from './write';
import type { Where } from './where';

/** Runs ORM work on one connection: `work` gets a `send` for that connection. */
export interface SessionRunner {
  session<T>(work: (send: Send) => Promise<T>): Promise<T>;
  /** Closes idle connections (`$disconnect`); the next call opens one again. */
  disconnect?(): void;
  /** Set on a transaction's client: `$transaction` cannot be nested. */
  inTransaction?: boolean;
}

function txStatement(sql: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Statement {
  return { kind: 'transaction', sql, params: [], table: null, access: null, index: null, rowsRead: 0, rows: [], plan: [sql] };
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

type Row = Record<string, unknown>;

/** `db.user`, `db.post`: Prisma-shaped operations on one model. Each call runs when awaited (see LazyQuery). */
class Model {
  constructor(
    private readonly database: Database,
    private readonly table: Table,
    private readonly runner: SessionRunner,
  ) {}

  private lazy<T>(work: (send: Send) => Promise<T>): LazyQuery<T> {
    return new LazyQuery(work, (w) => this.runner.session(w));
  }

  private call(op: string): string {
    return `db.${this.table.def.model}.${op}`;
  }

  /** Rows matching `where`, ordered (always ending by id), paginated with take/skip/cursor, with relations. */
  findMany(args?: FindManyArgs): LazyQuery<Row[]> {
    return this.lazy((send) => findMany(this.database, this.table, callArgs(args, this.call('findMany')), send));
  }

  /** The first matching row, or null. */
  findFirst(args?: FindManyArgs): LazyQuery<Row | null> {
    return this.lazy(async (send) => {
      const a = callArgs(args, this.call('findFirst'));
      return (await findMany(this.database, this.table, { ...a, take: 1 }, send, 'findFirst'))[0] ?? null;
    });
  }

  private unique(args: unknown, op: string, send: Send): Promise<Row | null> {
    const a = callArgs(args, this.call(op), ['where']);
    requireUniqueWhere(this.table, a.where, op);
    return findMany(this.database, this.table, { ...a, take: 1 }, send, op).then((rows) => rows[0] ?? null);
  }

  /** The row with this id (or unique email), or null. */
  findUnique(args: Pick<FindManyArgs, 'where' | 'select' | 'include' | 'relationLoadStrategy'>): LazyQuery<Row | null> {
    return this.lazy((send) => this.unique(args, 'findUnique', send));
  }

  /** Like findUnique, but rejects (P2025) when there is no such row. */
  findUniqueOrThrow(args: Pick<FindManyArgs, 'where' | 'select' | 'include' | 'relationLoadStrategy'>): LazyQuery<Row> {
    return this.lazy(async (send) => {
      const row = await this.unique(args, 'findUniqueOrThrow', send);
      if (!row) throw new DbError(`No ${this.table.def.model} found`, 'P2025');
      return row;
    });
  }

  /** Like findFirst, but rejects (P2025) when there is no such row. */
  findFirstOrThrow(args?: FindManyArgs): LazyQuery<Row> {
    return this.lazy(async (send) => {
      const a = callArgs(args, this.call('findFirstOrThrow'));
      const row = (await findMany(this.database, this.table, { ...a, take: 1 }, send, 'findFirstOrThrow'))[0];
      if (!row) throw new DbError(`No ${this.table.def.model} found`, 'P2025');
      return row;
    });
  }

  /** Number of matching rows. */
  count(args?: { where?: Where }): LazyQuery<number> {
    return this.lazy((send) => countRows(this.table, callArgs(args, this.call('count')), send));
  }

  /** `_count`, `_avg`, `_sum`, `_min`, `_max` over the matching rows. */
  aggregate(args: Record<string, unknown>): LazyQuery<Row> {
    return this.lazy((send) => aggregate(this.table, args, send));
  }

  /** One row per distinct value of `by`, with aggregates. */
  groupBy(args: Record<string, unknown>): LazyQuery<Row[]> {
    return this.lazy((send) => groupBy(this.table, args, send));
  }

  create(args: { data: unknown; select?: unknown }): LazyQuery<Row> {
    return this.lazy((send) => writes.create(this.database, this.table, callArgs(args, this.call('create'), ['data']), send));
  }

  createMany(args: { data: unknown[] }): LazyQuery<{ count: number }> {
    return this.lazy((send) => writes.createMany(this.database, this.table, callArgs(args, this.call('createMany'), ['data']), send));
  }

  update(args: { where: Where; data: unknown; select?: unknown }): LazyQuery<Row> {
    return this.lazy((send) => writes.update(this.database, this.table, callArgs(args, this.call('update'), ['where', 'data']), send));
  }

  updateMany(args: { where?: Where; data: unknown }): LazyQuery<{ count: number }> {
    return this.lazy((send) => writes.updateMany(this.database, this.table, callArgs(args, this.call('updateMany'), ['data']), send));
  }

  /** The row with this unique `where` updated with `update`, or a new row from `create` when there is none. */
  upsert(args: { where: Where; create: unknown; update: unknown; select?: unknown }): LazyQuery<Row> {
    return this.lazy(async (send) => {
      const a = callArgs(args, this.call('upsert'), ['where', 'create', 'update']);
      checkKeys(a, ['where', 'create', 'update', 'select'], this.call('upsert'));
      const where = requireUniqueWhere(this.table, a.where, 'upsert');
      const found = await findMany(this.database, this.table, { where, select: { id: true }, take: 1 }, send, 'upsert');
      if (found.length === 0) return writes.create(this.database, this.table, { data: a.create, select: a.select }, send);
      return writes.update(this.database, this.table, { where: { id: found[0]!.id }, data: a.update, select: a.select }, send);
    });
  }

  delete(args: { where: Where; select?: unknown }): LazyQuery<Row> {
    return this.lazy((send) => writes.delete(this.database, this.table, callArgs(args, this.call('delete'), ['where']), send));
  }

  deleteMany(args?: { where?: Where }): LazyQuery<{ count: number }> {
    return this.lazy((send) => writes.deleteMany(this.database, this.table, callArgs(args, this.call('deleteMany')), send));
  }

  /**
   * Runs a read (`'findMany'`, `'findFirst'`, `'findUnique'`, `'count'`) like EXPLAIN ANALYZE and
   * returns its plan: full scan or index, rows read and returned.
   */
  explain(op: (typeof readOps)[number], rawArgs?: FindManyArgs): Promise<Explain> {
    if (!readOps.includes(op)) return Promise.reject(new DbError(`explain supports ${readOps.join(', ')}; got ${String(op)}.`, 'P2009'));
    const seen: Statement[] = [];
    return withCallSite(
      this.runner.session(async (send) => {
        const args = callArgs(rawArgs, this.call('explain'), op === 'findUnique' ? ['where'] : []);
        if (op === 'findUnique') requireUniqueWhere(this.table, args.where, 'findUnique');
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
      }),
    );
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

  /** Opens a connection now (a pool opens one on first use anyway); resolves when it is ready. */
  $connect(): Promise<void> {
    if (this.runner.inTransaction) return Promise.resolve();
    return withCallSite(this.runner.session(async () => undefined));
  }

  /** Closes the idle connections; a later call opens a new one (and pays the set-up again). */
  $disconnect(): Promise<void> {
    this.runner.disconnect?.();
    return Promise.resolve();
  }

  /**
   * Runs calls in one transaction on one connection: a list of calls not yet awaited
   * (`$transaction([db.user.create(…), db.post.count()])`, results in order), or a function
   * given a transaction client (`$transaction(async (tx) => …)`). BEGIN, then COMMIT, or ROLLBACK
   * when anything fails (the rows go back; ids taken from the sequence do not, as in PostgreSQL).
   */
  $transaction<T>(arg: readonly PromiseLike<unknown>[] | ((tx: DbClient) => Promise<T>)): Promise<unknown> {
    return withCallSite(
      (async () => {
        if (this.runner.inTransaction) invalid('Invalid `db.$transaction()` invocation: a transaction cannot be nested inside another.');
        if (typeof arg !== 'function') {
          if (!Array.isArray(arg)) invalid('Invalid `db.$transaction()` invocation: expected a list of queries or an async function.');
          if (!arg.every((q) => q instanceof LazyQuery && !q.consumed))
            invalid(
              'Invalid `db.$transaction()` invocation: all elements of the list must be queries not yet awaited (db.user.create(…), without await).',
            );
        }
        return this.runner.session(async (send) => {
          await send(() => txStatement('BEGIN'));
          const restore = [this.database.table('users').snapshot(), this.database.table('posts').snapshot()];
          const own = <R>(work: (s: Send) => Promise<R>) => work(send);
          try {
            let result: unknown;
            if (typeof arg === 'function') result = await arg(new DbClient(this.database, { session: own, inTransaction: true }));
            else {
              const out: unknown[] = [];
              for (const q of arg as LazyQuery<unknown>[]) out.push(await q.run(own));
              result = out;
            }
            await send(() => txStatement('COMMIT'));
            return result;
          } catch (e) {
            restore.forEach((r) => r());
            await send(() => txStatement('ROLLBACK')).catch(() => undefined);
            throw e;
          }
        });
      })(),
    );
  }

  /** The indexes that exist now (metadata: no round trip). */
  $indexes(): IndexInfo[] {
    return this.database.indexes();
  }
}
