import { invalid } from './errors';
import { QueryLog } from './query-log';
import { tables, type TableDef, type TableName } from './schema';
import { seedRows } from './seed';
import type { Statement } from './statement';
import { Table } from './table';
import { requireColumn } from './where';

/** Description of an index, as `db.$indexes()` lists them. */
export interface IndexInfo {
  name: string;
  table: string;
  column: string;
  unique: boolean;
  primary: boolean;
}

/**
 * The lab's PostgreSQL stand-in: the tables with their seed rows, their indexes and the query log.
 * Seeding happens on first use, so a program that never touches the database pays nothing.
 */
export class Database {
  readonly log = new QueryLog();
  private readonly byName = new Map<TableName, Table>();
  /** Bumped by a simulated server restart: connections opened before it are dead. */
  generation = 0;
  /** Ids of this server's connections (1, 2, … in each world, like backend PIDs of one server). */
  private lastConnectionId = 0;

  constructor() {
    const seed = seedRows();
    for (const def of Object.values(tables)) {
      const t = new Table(def);
      t.load(seed[def.name]);
      this.byName.set(def.name, t);
    }
  }

  /** The id of a newly opened connection. */
  newConnectionId(): number {
    return ++this.lastConnectionId;
  }

  table(name: TableName): Table {
    return this.byName.get(name)!;
  }

  /** Finds a table by SQL name (`posts`) or model name (`post`). */
  resolveTable(name: string): Table {
    const def = Object.values(tables).find((d: TableDef) => d.name === name || d.model === name);
    if (!def)
      invalid(
        `Unknown table '${name}'. Tables: ${Object.values(tables)
          .map((d) => d.name)
          .join(', ')}.`,
      );
    return this.table(def.name);
  }

  indexes(): IndexInfo[] {
    const out: IndexInfo[] = [];
    for (const t of this.byName.values()) {
      out.push({ name: t.pkeyName, table: t.def.name, column: 'id', unique: true, primary: true });
      for (const idx of t.indexList()) {
        out.push({ name: idx.name, table: t.def.name, column: requireColumn(t.def, idx.field).column, unique: idx.unique, primary: false });
      }
    }
    return out;
  }

  /** CREATE INDEX: building it reads every row of the table. */
  createIndex(tableName: string, field: string): Statement {
    const t = this.resolveTable(tableName);
    const col = requireColumn(t.def, field);
    if (col.field === 'id') invalid(`${t.def.name}.id is the primary key: it already has the index ${t.pkeyName}.`);
    const existing = t.indexOn(col.field);
    const name = existing?.name ?? `${t.def.name}_${col.column}_idx`;
    if (!existing) t.createIndex(col.field);
    return {
      kind: 'ddl',
      sql: `CREATE INDEX IF NOT EXISTS ${name} ON ${t.def.name} (${col.column})`,
      params: [],
      table: t.def.name,
      access: existing ? null : 'Seq Scan',
      index: name,
      rowsRead: existing ? 0 : t.size,
      rows: [],
      plan: [existing ? `index ${name} already exists` : `build ${name}: read ${t.size} rows of ${t.def.name}`],
    };
  }

  /** DROP INDEX (not the primary key, nor a unique constraint's index). */
  dropIndex(name: string): Statement {
    const t = [...this.byName.values()].find((x) => x.indexList().some((i) => i.name === name));
    const idx = t?.indexList().find((i) => i.name === name);
    if (idx?.unique) invalid(`${name} enforces a unique constraint; the lab does not drop it.`);
    if (t) t.dropIndex(name);
    return {
      kind: 'ddl',
      sql: `DROP INDEX IF EXISTS ${name}`,
      params: [],
      table: t?.def.name ?? null,
      access: null,
      index: null,
      rowsRead: 0,
      rows: [],
      plan: [t ? `drop ${name}` : `index ${name} does not exist`],
    };
  }
}
