import { connectionSetupMs, prePingMs, queryMs } from '../../data/latency-model';
import { DbClient, type SessionRunner } from './client';
import type { DbEnv } from './env';
import { DbError, invalid } from './errors';
import type { Send } from './read';
import type { Statement } from './statement';

/** Pool options, named after SQLAlchemy's create_engine arguments (camelCase); defaults are SQLAlchemy's. */
export interface EngineOptions {
  /** Connections kept open (`pool_size`, default 5). */
  poolSize?: number;
  /** Extra connections allowed above poolSize under load, closed when returned (`max_overflow`, default 10; -1 = no limit). */
  maxOverflow?: number;
  /** Check a connection with `SELECT 1` before handing it out, replacing it if dead (`pool_pre_ping`, default false). */
  poolPrePing?: boolean;
  /** How long a checkout waits for a free connection before failing, in ms (`pool_timeout`, default 30 s). */
  poolTimeoutMs?: number;
  /** Name shown in reports. */
  name?: string;
}

/** Pool counters. */
interface PoolStats {
  /** Connections opened (each paid the set-up cost). */
  created: number;
  /** Checkouts served by an already-open connection. */
  reused: number;
  /** Checkouts that had to wait for a connection. */
  waited: number;
  /** Checkouts that gave up after poolTimeoutMs. */
  timedOut: number;
  /** Pre-ping checks run. */
  prePings: number;
  /** Dead connections found by pre-ping and replaced. */
  replaced: number;
  /** Connections open now (idle + checked out). */
  open: number;
  checkedOut: number;
  idle: number;
}

/** One database connection (a PostgreSQL backend). Dead after a simulated server restart. */
class DbConnection {
  readonly id: number;
  private readonly generation: number;
  closed = false;
  /** Set when a query found the connection dead; the pool then discards it. */
  invalid = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: DbEnv) {
    this.id = env.database.newConnectionId();
    this.generation = env.database.generation;
  }

  get alive(): boolean {
    return !this.closed && this.generation === this.env.database.generation;
  }

  /** Opens a connection: TCP, TLS and authentication round trips before it can be used. */
  static async open(env: DbEnv): Promise<DbConnection> {
    await env.delay(connectionSetupMs);
    return new DbConnection(env);
  }

  /** Runs one statement: effect on arrival, reply after a round trip plus the rows read. */
  readonly send: Send = async (build) => {
    if (this.closed) throw new DbError(this.env.texts.connectionClosed, 'P1017');
    if (!this.alive) {
      this.invalid = true;
      await this.env.delay(prePingMs);
      throw new DbError(
        'server closed the connection unexpectedly. This probably means the server terminated abnormally before or while processing the request.',
        'P1017',
      );
    }
    const st = build();
    const ms = queryMs(st.rowsRead);
    this.env.database.log.record(st, this.env.nowMs(), ms, this.id);
    await this.env.delay(ms);
    if (st.error) throw st.error;
    return st;
  };

  /** `SELECT 1`: true when the connection still works. */
  async ping(): Promise<boolean> {
    if (!this.alive) {
      await this.env.delay(prePingMs);
      return false;
    }
    const st: Statement = {
      kind: 'ping',
      sql: 'SELECT 1',
      params: [],
      table: null,
      access: null,
      index: null,
      rowsRead: 0,
      rows: [{ '?column?': 1 }],
      plan: ['Result'],
    };
    this.env.database.log.record(st, this.env.nowMs(), prePingMs, this.id);
    await this.env.delay(prePingMs);
    return true;
  }

  /** Runs work with this connection to itself: one statement at a time, as a PostgreSQL backend does. */
  session<T>(work: (send: Send) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => work(this.send));
    this.queue = run.catch(() => undefined);
    return run;
  }
}

interface Waiter {
  resolve(c: DbConnection): void;
  reject(e: Error): void;
  timer: number;
}

/** A queue pool like SQLAlchemy's QueuePool. */
export class Pool {
  private readonly idle: DbConnection[] = [];
  private readonly waiters: Waiter[] = [];
  private open = 0;
  private out = 0;
  readonly counters = { created: 0, reused: 0, waited: 0, timedOut: 0, prePings: 0, replaced: 0 };
  readonly size: number;
  readonly overflow: number;
  readonly prePing: boolean;
  readonly timeoutMs: number;

  constructor(
    private readonly env: DbEnv,
    options: EngineOptions,
  ) {
    const int = (v: unknown, name: string, min: number, dflt: number) => {
      if (v === undefined) return dflt;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min) invalid(`\`${name}\` must be an integer ≥ ${min}, got ${String(v)}.`);
      return v;
    };
    this.size = int(options.poolSize, 'poolSize', 1, 5);
    const overflow = int(options.maxOverflow, 'maxOverflow', -1, 10);
    this.overflow = overflow === -1 ? Infinity : overflow;
    this.timeoutMs = options.poolTimeoutMs === undefined ? 30_000 : Number(options.poolTimeoutMs);
    if (!(this.timeoutMs >= 0)) invalid('`poolTimeoutMs` must be a number of milliseconds ≥ 0.');
    this.prePing = options.poolPrePing === true;
  }

  stats(): PoolStats {
    return { ...this.counters, open: this.open, checkedOut: this.out, idle: this.idle.length };
  }

  /** A connection for exclusive use until `release`. */
  async checkout(): Promise<DbConnection> {
    const reusable = this.idle.shift();
    if (reusable) {
      this.out++;
      this.counters.reused++;
      return this.prepare(reusable);
    }
    if (this.open < this.size + this.overflow) {
      this.open++;
      this.out++;
      this.counters.created++;
      try {
        return await DbConnection.open(this.env);
      } catch (e) {
        this.open--;
        this.out--;
        throw e;
      }
    }
    this.counters.waited++;
    const conn = await new Promise<DbConnection>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: this.env.schedule(this.timeoutMs, () => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          this.counters.timedOut++;
          reject(
            new DbError(this.env.texts.poolTimeout(this.size, this.overflow === Infinity ? -1 : this.overflow, this.timeoutMs), 'P2024'),
          );
        }),
      };
      this.waiters.push(waiter);
    });
    this.counters.reused++;
    return this.prepare(conn);
  }

  /** Pre-ping: replace a dead connection with a new one before handing it out. */
  private async prepare(conn: DbConnection): Promise<DbConnection> {
    if (!this.prePing) return conn;
    this.counters.prePings++;
    if (await conn.ping()) return conn;
    this.counters.replaced++;
    this.counters.created++;
    return DbConnection.open(this.env);
  }

  /** Gives a connection back: to the next waiter, else to the idle queue, or closed if it is overflow or broken. */
  release(conn: DbConnection): void {
    if (conn.invalid || conn.closed) {
      this.open--;
      this.out--;
      this.wakeWithNew();
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) {
      this.env.cancel(waiter.timer);
      waiter.resolve(conn);
      return;
    }
    this.out--;
    if (this.open > this.size) {
      conn.closed = true;
      this.open--;
    } else this.idle.push(conn);
  }

  /** After a broken connection is dropped, a waiter may open a new one in its place. */
  private wakeWithNew(): void {
    const waiter = this.waiters.shift();
    if (!waiter) return;
    this.env.cancel(waiter.timer);
    this.open++;
    this.out++;
    this.counters.created++;
    void DbConnection.open(this.env).then(waiter.resolve, waiter.reject);
  }

  /** Closes idle connections (engine.dispose()). */
  dispose(): void {
    for (const c of this.idle.splice(0)) c.closed = true;
    this.open = this.out;
  }
}

/** A connection checked out of a pool: the ORM models plus `release()`. */
interface PooledConnection extends DbClient {
  /** Returns the connection to the pool. */
  release(): void;
}

/** An engine: a pool plus ORM clients over it, like SQLAlchemy's create_engine + sessions. */
export class Engine {
  readonly pool: Pool;
  /** ORM client: each call checks a connection out, runs, and returns it. */
  readonly db: DbClient;
  /** `undefined` for the module's own engine. */
  readonly name: string | undefined;
  used = false;

  constructor(
    private readonly env: DbEnv,
    options: EngineOptions,
    name: string | undefined,
  ) {
    this.pool = new Pool(env, options);
    this.name = options.name ?? name;
    const runner: SessionRunner = {
      session: async (work) => {
        this.used = true;
        const conn = await this.pool.checkout();
        try {
          return await conn.session(work);
        } finally {
          this.pool.release(conn);
        }
      },
      disconnect: () => this.pool.dispose(),
    };
    this.db = new DbClient(env.database, runner);
  }

  /** Checks a connection out for several calls in a row; call `release()` when done. */
  async connect(): Promise<PooledConnection> {
    this.used = true;
    const conn = await this.pool.checkout();
    const client = new DbClient(this.env.database, conn) as PooledConnection;
    let released = false;
    client.release = () => {
      if (!released) {
        released = true;
        this.pool.release(conn);
      }
    };
    return client;
  }

  /** Runs `fn` with one checked-out connection and releases it afterwards, like `async with AsyncSession(engine)`. */
  async session<T>(fn: (db: DbClient) => Promise<T>): Promise<T> {
    const conn = await this.connect();
    try {
      return await fn(conn);
    } finally {
      conn.release();
    }
  }

  stats(): PoolStats {
    return this.pool.stats();
  }

  dispose(): void {
    this.pool.dispose();
  }
}

/** A connection opened without a pool: pays the set-up cost, closed by `close()`. */
interface DirectConnection extends DbClient {
  close(): Promise<void>;
}

/** Opens a connection outside any pool (the "new connection per request" pattern). */
export async function openDirect(env: DbEnv): Promise<DirectConnection> {
  const conn = await DbConnection.open(env);
  const client = new DbClient(env.database, conn) as DirectConnection;
  client.close = async () => {
    conn.closed = true;
  };
  return client;
}
