import { callArgs } from './arguments';
import { invalid } from './errors';
import { scan } from './planner';
import type { Send } from './read';
import type { ColumnDef, Row, TableDef } from './schema';
import { checkKeys } from './shape';
import type { Statement } from './statement';
import type { Table } from './table';
import { compareValues, compileWhere, Params, requireColumn, type Where } from './where';

/** Prisma's aggregate functions, with the SQL each stands for. */
const functions = ['_count', '_avg', '_sum', '_min', '_max'] as const;
type Fn = (typeof functions)[number];

interface Selected {
  fn: Fn;
  /** A field, or `_all` for COUNT(*). */
  field: string;
  alias: string;
}

function selections(def: TableDef, args: Record<string, unknown>, call: string): Selected[] {
  const out: Selected[] = [];
  for (const fn of functions) {
    const v = args[fn];
    if (v === undefined || v === false) continue;
    if (fn === '_count' && v === true) {
      out.push({ fn, field: '_all', alias: '_count' });
      continue;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      invalid(`Invalid \`${call}()\` invocation: \`${fn}\` must be an object like { likes: true }.`);
    for (const [field, on] of Object.entries(v as Record<string, unknown>)) {
      if (on !== true && on !== false && on !== undefined)
        invalid(`Invalid \`${call}()\` invocation: \`${fn}.${field}\` must be true or false.`);
      if (on !== true) continue;
      if (fn === '_count' && field === '_all') {
        out.push({ fn, field, alias: '_count._all' });
        continue;
      }
      const col = requireColumn(def, field);
      if ((fn === '_avg' || fn === '_sum') && col.type !== 'int')
        invalid(`Invalid \`${call}()\` invocation: \`${fn}\` is only available on number fields; \`${col.field}\` is not one.`);
      out.push({ fn, field: col.field, alias: `${fn}.${col.field}` });
    }
  }
  return out;
}

function selectionSql(def: TableDef, s: Selected): string {
  const col = s.field === '_all' ? null : requireColumn(def, s.field).column;
  const expr =
    s.fn === '_count'
      ? `COUNT(${col ?? '*'})::int`
      : s.fn === '_avg'
        ? `AVG(${col})::float8`
        : s.fn === '_sum'
          ? `SUM(${col})::int`
          : `${s.fn === '_min' ? 'MIN' : 'MAX'}(${col})`;
  return `${expr} AS "${s.alias}"`;
}

/** The value of one aggregate over a group's rows, as PostgreSQL computes it (NULL over no rows but for COUNT). */
function compute(rows: Row[], s: Selected): unknown {
  if (s.fn === '_count') return rows.length;
  const values = rows.map((r) => r[s.field]);
  if (values.length === 0) return null;
  if (s.fn === '_sum') return (values as number[]).reduce((a, b) => a + b, 0);
  if (s.fn === '_avg') return (values as number[]).reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => (compareValues(a, b) * (s.fn === '_min' ? 1 : -1) <= 0 ? a : b));
}

/** `{ "_sum.likes": 3 }` from SQL back to Prisma's `{ _sum: { likes: 3 } }`. */
function nest(flat: Record<string, unknown>, sel: Selected[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of sel) {
    if (s.alias === '_count') out._count = flat._count;
    else ((out[s.fn] ??= {}) as Record<string, unknown>)[s.field] = flat[s.alias];
  }
  return out;
}

function read(table: Table, where: Where | undefined, params: Params) {
  const w = compileWhere(table.def, where, params);
  const res = scan({ table, where, test: w.test, whereSql: w.sql, order: [{ field: 'id', dir: 'asc' }], skip: 0, take: undefined });
  return { res, whereSql: w.sql };
}

const plan = (head: string, inner: string[]) => [head, ...inner.map((l, i) => (i === 0 ? `  ->  ${l}` : `    ${l}`))];

/** `aggregate`: `_count`, `_avg`, `_sum`, `_min`, `_max` over the rows matching `where`, one statement. */
export async function aggregate(table: Table, rawArgs: unknown, send: Send): Promise<Record<string, unknown>> {
  const call = `db.${table.def.model}.aggregate`;
  const args = callArgs(rawArgs, call);
  checkKeys(args, ['where', ...functions], call);
  const sel = selections(table.def, args, call);
  if (sel.length === 0) invalid(`Invalid \`${call}()\` invocation: select at least one of ${functions.join(', ')}.`);
  const st = await send((): Statement => {
    const params = new Params();
    const { res, whereSql } = read(table, args.where as Where | undefined, params);
    const row = Object.fromEntries(sel.map((s) => [s.alias, compute(res.rows, s)]));
    return {
      kind: 'select',
      sql: `SELECT ${sel.map((s) => selectionSql(table.def, s)).join(', ')} FROM ${table.def.name}${whereSql ? ` WHERE ${whereSql}` : ''}`,
      params: params.values,
      table: table.def.name,
      access: res.access,
      index: res.index,
      rowsRead: res.rowsRead,
      rows: [row],
      plan: plan('Aggregate  (1 row)', res.plan),
    };
  });
  return nest(st.rows[0]!, sel);
}

function byFields(def: TableDef, by: unknown, call: string): ColumnDef[] {
  const list = typeof by === 'string' ? [by] : by;
  if (!Array.isArray(list) || list.length === 0 || !list.every((f) => typeof f === 'string'))
    invalid(`Invalid \`${call}()\` invocation: \`by\` must be a field name or a non-empty list of field names.`);
  return list.map((f: string) => requireColumn(def, f));
}

/** `groupBy`: one row per distinct value of the `by` fields, with aggregates, ordered by those fields. */
export async function groupBy(table: Table, rawArgs: unknown, send: Send): Promise<Record<string, unknown>[]> {
  const call = `db.${table.def.model}.groupBy`;
  const args = callArgs(rawArgs, call, ['by']);
  checkKeys(args, ['by', 'where', 'orderBy', ...functions], call);
  const by = byFields(table.def, args.by, call);
  const sel = selections(table.def, args, call);
  const dirs = new Map<string, 'asc' | 'desc'>();
  for (const item of args.orderBy === undefined ? [] : Array.isArray(args.orderBy) ? args.orderBy : [args.orderBy]) {
    if (typeof item !== 'object' || item === null)
      invalid(`Invalid \`${call}()\` invocation: \`orderBy\` must be an object like { userId: "asc" }.`);
    for (const [field, dir] of Object.entries(item as Record<string, unknown>)) {
      if (!by.some((c) => c.field === field))
        invalid(`Invalid \`${call}()\` invocation: the lab orders groups only by fields in \`by\`; got \`${field}\`.`);
      if (dir !== 'asc' && dir !== 'desc') invalid(`Invalid \`${call}()\` invocation: \`orderBy.${field}\` must be "asc" or "desc".`);
      dirs.set(field, dir);
    }
  }
  const order = [...[...dirs.keys()].map((f) => by.find((c) => c.field === f)!), ...by.filter((c) => !dirs.has(c.field))];
  const st = await send((): Statement => {
    const params = new Params();
    const { res, whereSql } = read(table, args.where as Where | undefined, params);
    const groups = new Map<string, Row[]>();
    for (const r of res.rows) {
      const key = JSON.stringify(by.map((c) => r[c.field]));
      const list = groups.get(key);
      if (list) list.push(r);
      else groups.set(key, [r]);
    }
    const rows = [...groups.values()].map((g) => ({
      ...Object.fromEntries(by.map((c) => [c.field, g[0]![c.field]])),
      ...Object.fromEntries(sel.map((s) => [s.alias, compute(g, s)])),
    }));
    rows.sort((a, b) => {
      for (const c of order) {
        const d = compareValues(a[c.field], b[c.field]);
        if (d !== 0) return dirs.get(c.field) === 'desc' ? -d : d;
      }
      return 0;
    });
    const cols = by.map((c) => `${c.column}${c.column !== c.field ? ` AS "${c.field}"` : ''}`);
    return {
      kind: 'select',
      sql:
        `SELECT ${[...cols, ...sel.map((s) => selectionSql(table.def, s))].join(', ')} FROM ${table.def.name}` +
        `${whereSql ? ` WHERE ${whereSql}` : ''} GROUP BY ${by.map((c) => c.column).join(', ')}` +
        ` ORDER BY ${order.map((c) => `${c.column} ${(dirs.get(c.field) ?? 'asc').toUpperCase()}`).join(', ')}`,
      params: params.values,
      table: table.def.name,
      access: res.access,
      index: res.index,
      rowsRead: res.rowsRead,
      rows,
      plan: plan(`HashAggregate  (groups ${rows.length})`, res.plan),
    };
  });
  return st.rows.map((flat) => ({ ...Object.fromEntries(by.map((c) => [c.field, flat[c.field]])), ...nest(flat, sel) }));
}
