import type { Database } from './database';
import { DbError, invalid } from './errors';
import { scan } from './planner';
import { columnSql, type Send } from './read';
import type { Row } from './schema';
import { checkKeys, project, shapeOf } from './shape';
import type { Statement } from './statement';
import type { Table } from './table';
import { checkValue, compileWhere, Params, requireColumn, type Where } from './where';

/** Writes: create, createMany, update, updateMany, delete, deleteMany — with Prisma's errors. */

const notFound = (what: string) =>
  new DbError(`An operation failed because it depends on one or more records that were required but not found. ${what}`, 'P2025');

/** Checks that `where` names a unique field (id or a unique column) with a plain value, as findUnique/update/delete need. */
export function requireUniqueWhere(table: Table, where: unknown, op: string): Where {
  const uniques = ['id', ...table.def.unique];
  const ok =
    typeof where === 'object' &&
    where !== null &&
    uniques.some((u) => {
      const v = (where as Record<string, unknown>)[u];
      return v !== undefined && (typeof v !== 'object' || v === null);
    });
  if (!ok)
    invalid(
      `${table.def.model}.${op} needs a unique field in \`where\`: ${uniques.join(' or ')} (use findFirst/updateMany/deleteMany for other filters).`,
    );
  return where as Where;
}

/** Validates a row to insert: every column but id required, types checked. */
function newRow(table: Table, data: unknown): Row {
  if (typeof data !== 'object' || data === null) invalid(`\`data\` of ${table.def.model}.create must be an object.`);
  const d = data as Record<string, unknown>;
  for (const k of Object.keys(d)) {
    if (!table.def.columns.some((c) => c.field === k)) {
      invalid(
        `Unknown argument \`${k}\` in data of model ${table.def.model}. Available: ${table.def.columns.map((c) => c.field).join(', ')}.`,
      );
    }
  }
  const row: Row = {};
  for (const col of table.def.columns) {
    const v = d[col.field];
    if (v === undefined) {
      if (col.field === 'id') continue;
      invalid(`Argument \`${col.field}\` is missing in data of ${table.def.model}.create.`);
    }
    checkValue(col, v);
    row[col.field] = v as Row[string];
  }
  return row;
}

/** Constraint checks PostgreSQL would run on an inserted or updated row. */
function constraintError(db: Database, table: Table, row: Row, selfId: number | null): DbError | null {
  if (table.get(row.id as number) && row.id !== selfId) return new DbError('Unique constraint failed on the fields: (`id`)', 'P2002');
  for (const field of table.def.unique) {
    const ids = table.indexOn(field)?.entries.get(row[field]) ?? [];
    if (ids.some((id) => id !== selfId)) return new DbError(`Unique constraint failed on the fields: (\`${field}\`)`, 'P2002');
  }
  for (const rel of table.def.relations) {
    if (rel.kind !== 'one') continue;
    if (!db.table(rel.target).get(row[rel.foreignKey] as number)) {
      const col = requireColumn(table.def, rel.foreignKey).column;
      return new DbError(`Foreign key constraint violated on the constraint: \`${table.def.name}_${col}_fkey\``, 'P2003');
    }
  }
  return null;
}

function returning(table: Table, fields: string[]): string {
  return ` RETURNING ${fields.map((f) => columnSql(table.def, f)).join(', ')}`;
}

function insertStatement(db: Database, table: Table, rows: Row[], fields: string[] | null): Statement {
  const params = new Params();
  // Each row takes the next id from the sequence before constraints are checked, as nextval() does.
  const explicit = rows.some((r) => r.id !== undefined);
  for (const r of rows) if (r.id === undefined) r.id = table.nextId++;
  const cols = table.def.columns.filter((c) => explicit || c.field !== 'id');
  const values = rows.map((r) => `(${cols.map((c) => params.add(r[c.field])).join(', ')})`).join(', ');
  let error: DbError | null = null;
  const seen = new Set<unknown>();
  for (const r of rows) {
    error ??= constraintError(db, table, r, null);
    for (const f of ['id', ...table.def.unique]) {
      const key = `${f}:${String(r[f])}`;
      if (seen.has(key)) error ??= new DbError(`Unique constraint failed on the fields: (\`${f}\`)`, 'P2002');
      seen.add(key);
    }
  }
  if (!error) for (const r of rows) table.insert(r);
  const fkReads = table.def.relations.some((r) => r.kind === 'one') ? rows.length : 0;
  return {
    kind: 'insert',
    sql: `INSERT INTO ${table.def.name} (${cols.map((c) => c.column).join(', ')}) VALUES ${values}${fields ? returning(table, fields) : ''}`,
    params: params.values,
    table: table.def.name,
    access: null,
    index: null,
    rowsRead: fkReads,
    rows: error || !fields ? [] : rows.map((r) => project(r, fields)),
    affected: error ? 0 : rows.length,
    plan: [`Insert on ${table.def.name}  (${rows.length} rows)`],
    ...(error ? { error } : {}),
  };
}

/** Applies `data` (values, or { set, increment, decrement, multiply }) to a row; returns SET clauses. */
function applyData(table: Table, data: unknown, params: Params): { set: string[]; next: (r: Row) => Row } {
  if (typeof data !== 'object' || data === null) invalid('`data` must be an object.');
  const ops: ((r: Row, out: Row) => void)[] = [];
  const set: string[] = [];
  for (const [field, v] of Object.entries(data as Record<string, unknown>)) {
    if (v === undefined) continue;
    const col = table.def.columns.find((c) => c.field === field);
    if (!col) invalid(`Unknown argument \`${field}\` in data of model ${table.def.model}.`);
    if (field === 'id') invalid('The lab does not change primary keys.');
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length !== 1) invalid(`\`data.${field}\` must have exactly one operation.`);
      const [op, n] = entries[0]!;
      if (op === 'set') {
        checkValue(col, n);
        set.push(`${col.column} = ${params.add(n)}`);
        ops.push((_r, out) => (out[field] = n as Row[string]));
        continue;
      }
      const sqlOp = ({ increment: '+', decrement: '-', multiply: '*' } as Record<string, string>)[op];
      if (!sqlOp || col.type !== 'int')
        invalid(`\`data.${field}.${op}\` is not supported (use set, or increment/decrement/multiply on Int fields).`);
      checkValue(col, n);
      set.push(`${col.column} = ${col.column} ${sqlOp} ${params.add(n)}`);
      const f = { '+': (a: number) => a + (n as number), '-': (a: number) => a - (n as number), '*': (a: number) => a * (n as number) }[
        sqlOp as '+'
      ];
      ops.push((r, out) => (out[field] = f(r[field] as number)));
    } else {
      checkValue(col, v);
      set.push(`${col.column} = ${params.add(v)}`);
      ops.push((_r, out) => (out[field] = v as Row[string]));
    }
  }
  if (set.length === 0) invalid('`data` has nothing to update.');
  return {
    set,
    next: (r) => {
      const out = { ...r };
      for (const op of ops) op(r, out);
      return out;
    },
  };
}

/** Rows of child tables a delete cascades to, and what finding them costs (no index on the foreign key → full scan). */
function cascade(db: Database, table: Table, ids: number[]): { rowsRead: number; run(): void } {
  let rowsRead = 0;
  const victims: [Table, number][] = [];
  for (const rel of table.def.relations) {
    if (rel.kind !== 'many') continue;
    const child = db.table(rel.target);
    const idx = child.indexOn(rel.foreignKey);
    const set = new Set(ids);
    if (idx) for (const id of ids) for (const cid of idx.entries.get(id) ?? []) victims.push([child, cid]);
    else for (const r of child.rows()) if (set.has(r[rel.foreignKey] as number)) victims.push([child, r.id as number]);
    rowsRead += idx ? victims.length : child.size;
  }
  return { rowsRead, run: () => victims.forEach(([t, id]) => t.delete(id)) };
}

function matching(
  table: Table,
  where: Where | undefined,
  params: Params,
): { rows: Row[]; rowsRead: number; whereSql: string; access: Statement['access']; index: string | null } {
  const w = compileWhere(table.def, where, params);
  const res = scan({ table, where, test: w.test, whereSql: w.sql, order: [{ field: 'id', dir: 'asc' }], skip: 0, take: undefined });
  return { rows: res.rows, rowsRead: res.rowsRead, whereSql: w.sql, access: res.access, index: res.index };
}

/** The write operations of one model. */
export const writes = {
  async create(db: Database, table: Table, args: { data?: unknown; select?: unknown }, send: Send): Promise<Record<string, unknown>> {
    checkKeys((args ?? {}) as Record<string, unknown>, ['data', 'select'], `${table.def.model}.create`);
    const fields = shapeOf(db, table.def, args.select, undefined, false).fields;
    const row = newRow(table, args.data);
    const st = await send(() => insertStatement(db, table, [row], fields));
    return st.rows[0]!;
  },

  async createMany(db: Database, table: Table, args: { data?: unknown }, send: Send): Promise<{ count: number }> {
    checkKeys((args ?? {}) as Record<string, unknown>, ['data'], `${table.def.model}.createMany`);
    if (!Array.isArray(args.data)) invalid('`data` of createMany must be a list.');
    if (args.data.length === 0) return { count: 0 };
    const rows = args.data.map((d) => newRow(table, d));
    const st = await send(() => insertStatement(db, table, rows, null));
    return { count: st.affected ?? 0 };
  },

  async update(
    db: Database,
    table: Table,
    args: { where?: unknown; data?: unknown; select?: unknown },
    send: Send,
  ): Promise<Record<string, unknown>> {
    checkKeys((args ?? {}) as Record<string, unknown>, ['where', 'data', 'select'], `${table.def.model}.update`);
    const where = requireUniqueWhere(table, args.where, 'update');
    const fields = shapeOf(db, table.def, args.select, undefined, false).fields;
    const st = await send(() => {
      const params = new Params();
      const { set, next } = applyData(table, args.data, params);
      const m = matching(table, where, params);
      let error: DbError | undefined;
      const updated: Row[] = [];
      for (const r of m.rows) {
        const n = next(r);
        error ??= constraintError(db, table, n, r.id as number) ?? undefined;
        updated.push(n);
      }
      if (!error) updated.forEach((n) => table.update(n.id as number, n));
      return {
        kind: 'update',
        sql: `UPDATE ${table.def.name} SET ${set.join(', ')}${m.whereSql ? ` WHERE ${m.whereSql}` : ''}${returning(table, fields)}`,
        params: params.values,
        table: table.def.name,
        access: m.access,
        index: m.index,
        rowsRead: m.rowsRead,
        rows: error ? [] : updated.map((r) => project(r, fields)),
        affected: error ? 0 : updated.length,
        plan: [`Update on ${table.def.name}  (rows read ${m.rowsRead})`],
        ...(error ? { error } : {}),
      };
    });
    if (st.rows.length === 0) throw notFound('Record to update not found.');
    return st.rows[0]!;
  },

  async updateMany(db: Database, table: Table, args: { where?: Where; data?: unknown }, send: Send): Promise<{ count: number }> {
    checkKeys((args ?? {}) as Record<string, unknown>, ['where', 'data'], `${table.def.model}.updateMany`);
    const st = await send(() => {
      const params = new Params();
      const { set, next } = applyData(table, args.data, params);
      const m = matching(table, args.where, params);
      let error: DbError | undefined;
      const updated = m.rows.map((r) => {
        const n = next(r);
        error ??= constraintError(db, table, n, r.id as number) ?? undefined;
        return n;
      });
      if (!error) updated.forEach((n) => table.update(n.id as number, n));
      return {
        kind: 'update',
        sql: `UPDATE ${table.def.name} SET ${set.join(', ')}${m.whereSql ? ` WHERE ${m.whereSql}` : ''}`,
        params: params.values,
        table: table.def.name,
        access: m.access,
        index: m.index,
        rowsRead: m.rowsRead,
        rows: [],
        affected: error ? 0 : updated.length,
        plan: [`Update on ${table.def.name}  (rows read ${m.rowsRead})`],
        ...(error ? { error } : {}),
      };
    });
    return { count: st.affected ?? 0 };
  },

  async delete(db: Database, table: Table, args: { where?: unknown; select?: unknown }, send: Send): Promise<Record<string, unknown>> {
    checkKeys((args ?? {}) as Record<string, unknown>, ['where', 'select'], `${table.def.model}.delete`);
    const where = requireUniqueWhere(table, args.where, 'delete');
    const fields = shapeOf(db, table.def, args.select, undefined, false).fields;
    const st = await send(() => deleteStatement(db, table, where, fields));
    if (st.rows.length === 0) throw notFound('Record to delete does not exist.');
    return st.rows[0]!;
  },

  async deleteMany(db: Database, table: Table, args: { where?: Where }, send: Send): Promise<{ count: number }> {
    checkKeys((args ?? {}) as Record<string, unknown>, ['where'], `${table.def.model}.deleteMany`);
    const st = await send(() => deleteStatement(db, table, args?.where, null));
    return { count: st.affected ?? 0 };
  },
};

function deleteStatement(db: Database, table: Table, where: Where | undefined, fields: string[] | null): Statement {
  const params = new Params();
  const m = matching(table, where, params);
  const ids = m.rows.map((r) => r.id as number);
  const c = cascade(db, table, ids);
  const rows = fields ? m.rows.map((r) => project(r, fields)) : [];
  c.run();
  ids.forEach((id) => table.delete(id));
  return {
    kind: 'delete',
    sql: `DELETE FROM ${table.def.name}${m.whereSql ? ` WHERE ${m.whereSql}` : ''}${fields ? returning(table, fields) : ''}`,
    params: params.values,
    table: table.def.name,
    access: m.access,
    index: m.index,
    rowsRead: m.rowsRead + c.rowsRead,
    rows,
    affected: ids.length,
    plan: [`Delete on ${table.def.name}  (rows read ${m.rowsRead}${c.rowsRead ? `, cascade read ${c.rowsRead}` : ''})`],
  };
}
