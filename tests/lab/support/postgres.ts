import type { PGlite } from '@electric-sql/pglite';
import { Database } from '~/lab/db/database';
import { Engine } from '~/lab/db/engine';
import { dbEnv } from '~/lab/db/env';
import type { DbClient } from '~/lab/db/client';
import { schemaSql, tables, type Row } from '~/lab/db/schema';
import { seedRows } from '~/lab/db/seed';
import { labText } from '~/lab/messages';

function literal(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

/** Creates the lab's schema on PGlite and loads the same seed rows. */
export async function seedPostgres(pg: PGlite): Promise<void> {
  await pg.exec(schemaSql);
  const seed = seedRows();
  for (const def of Object.values(tables)) {
    const rows: Row[] = seed[def.name];
    for (let i = 0; i < rows.length; i += 5_000) {
      const values = rows
        .slice(i, i + 5_000)
        .map((r) => `(${def.columns.map((c) => literal(r[c.field])).join(', ')})`)
        .join(',\n');
      await pg.exec(`INSERT INTO ${def.name} (${def.columns.map((c) => c.column).join(', ')}) VALUES ${values};`);
    }
    await pg.query(`SELECT setval('${def.name}_id_seq', (SELECT max(id) FROM ${def.name}))`);
  }
}

/** A lab client on a clock where no time passes (parity compares rows, not latencies). */
export function labClient(): { db: DbClient; database: Database } {
  const database = new Database();
  // No time passes: the parity check compares rows, not latencies.
  const instant = { delay: () => Promise.resolve(), nowMs: () => 0, schedule: () => 0, cancel: () => {} };
  return { db: new Engine(dbEnv(database, instant, labText.en), {}, 'parity').db, database };
}
