import { connectionSetupMs } from '../../data/latency-model';
import { formatMsFigure } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { LabTexts } from '../messages';
import { esModule, type LabPart, type LabReport, type PartContext } from '../part';
import { Database } from './database';
import { Engine, openDirect, type EngineOptions } from './engine';
import { dbEnv } from './env';
import type { QueryLogEntry } from './statement';

function entryLine(e: QueryLogEntry, texts: LabTexts, locale: Locale): string {
  const params = e.params.length ? `  ${JSON.stringify(e.params.length > 8 ? [...e.params.slice(0, 8), '…'] : e.params)}` : '';
  const how = e.access ? ` · ${e.access}${e.index ? ` (${e.index})` : ''}` : '';
  return `#${e.seq} ${e.sql}${params}\n     ${texts.dbEntryRows(e.rowsRead, e.rows.length)}${how} · ${formatMsFigure(e.ms, locale)} ms`;
}

/**
 * The `@lab/db` module of a world: `db` (the default engine's ORM client), `createEngine`,
 * `createConnection`, the `queryLog`, and `restartDatabase` (kills every open connection).
 */
export function databasePart(context: PartContext): LabPart {
  const { texts, locale } = context;
  const database = new Database();
  const env = dbEnv(database, context.clock, texts);
  const engines: Engine[] = [];
  const createEngine = (options: EngineOptions = {}) => {
    // The first engine is the module's own (behind `db`) and has no name; the program's unnamed ones are numbered.
    const engine = new Engine(env, options ?? {}, engines.length === 0 ? undefined : `#${engines.length}`);
    engines.push(engine);
    return engine;
  };
  const defaultEngine = createEngine();
  let direct = 0;

  const queryLog = {
    /** Every statement so far, in order (SQL, params, plan, rows read/returned, ms). */
    get entries() {
      return database.log.entries;
    },
    /** How many statements ran so far. */
    get count() {
      return database.log.count;
    },
    last: () => database.log.last(),
    /** Forgets the entries so far, to measure the next version of a program on its own. */
    clear: () => database.log.clear(),
    summary: () => database.log.summary(),
    /** Prints the statements (the last `limit`, default 20) as a report. */
    print(title?: string, limit = 20) {
      const all = database.log.entries;
      const shown = all.slice(-limit);
      const s = database.log.summary();
      const head = texts.dbQueries(s.queries, s.rowsRead, s.rowsReturned, formatMsFigure(Math.round(s.ms * 1000) / 1000, locale));
      context.report(title ?? texts.dbTitle, [
        head,
        ...(all.length > shown.length ? [`… ${all.length - shown.length}`] : []),
        ...shown.map((e) => entryLine(e, texts, locale)),
      ]);
    },
  };

  const dbReport = (): LabReport | null => {
    const usedEngines = engines.filter((e) => e.used);
    if (database.log.count === 0 && usedEngines.length === 0 && direct === 0) return null;
    const s = database.log.summary();
    const lines = [
      texts.dbQueries(s.queries, s.rowsRead, s.rowsReturned, formatMsFigure(Math.round(s.ms * 1000) / 1000, locale)),
      texts.dbScans(s.fullScans, s.indexScans),
    ];
    for (const e of usedEngines) {
      const st = e.stats();
      lines.push(
        `${texts.poolTitle(e.name)}: ${texts.poolConfig(e.pool.size, e.pool.overflow === Infinity ? -1 : e.pool.overflow, e.pool.prePing, e.pool.timeoutMs)}`,
      );
      lines.push(`  ${texts.poolLine(st.created, st.reused, st.waited, st.timedOut)}`);
      if (e.pool.prePing) lines.push(`  ${texts.prePingLine(st.prePings, st.replaced)}`);
    }
    if (direct > 0) lines.push(texts.directConnections(direct, formatMsFigure(direct * connectionSetupMs, locale)));
    return { title: texts.dbTitle, lines };
  };

  return {
    module: esModule({
      db: defaultEngine.db,
      /** A pool + ORM client: `createEngine({ poolSize: 20, maxOverflow: 10, poolPrePing: true })`. */
      createEngine,
      /** A connection without a pool (pays the set-up cost); `await conn.close()` when done. */
      createConnection: async () => {
        direct++;
        return openDirect(env);
      },
      queryLog,
      /** Simulates a database restart: every connection opened so far is dead (pre-ping notices, plain checkouts fail). */
      restartDatabase: () => {
        database.generation++;
      },
      /** The tables and their sizes. */
      tables: () => ({ users: database.table('users').size, posts: database.table('posts').size }),
    }),
    report: dbReport,
    dispose: () => engines.forEach((e) => e.dispose()),
  };
}
