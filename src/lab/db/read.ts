import type { Database } from './database';
import { invalid } from './errors';
import { normalizeOrder, rowComparator as rowComparatorFor, scan, type OrderKey, type ScanResult } from './planner';
import type { Row, TableDef } from './schema';
import { checkKeys, project, shapeOf, type RelationLoad, type RelationLoadStrategy, type Shape } from './shape';
import type { Statement } from './statement';
import type { Table } from './table';
import { compileWhere, Params, requireColumn, type Where } from './where';

/** Sends a statement on the current connection: built when it reaches the server, resolved a round trip (plus rows) later. */
export type Send = (build: () => Statement) => Promise<Statement>;

/** Arguments of findMany (findFirst and findUnique reuse them). */
export interface FindManyArgs {
  where?: Where;
  orderBy?: unknown;
  skip?: number;
  take?: number;
  cursor?: Record<string, unknown>;
  select?: unknown;
  include?: unknown;
  relationLoadStrategy?: RelationLoadStrategy;
}

const findManyKeys = ['where', 'orderBy', 'skip', 'take', 'cursor', 'select', 'include', 'relationLoadStrategy'];

/** `column` or `column AS "field"`, optionally qualified by a table alias. */
export function columnSql(def: TableDef, field: string, alias = ''): string {
  const col = requireColumn(def, field).column;
  return `${alias ? `${alias}.` : ''}${col}${col !== field ? ` AS "${field}"` : ''}`;
}

function orderSql(def: TableDef, order: OrderKey[], alias = ''): string {
  return order.map((k) => `${alias ? `${alias}.` : ''}${requireColumn(def, k.field).column} ${k.dir.toUpperCase()}`).join(', ');
}

function count(n: unknown, name: string): number | undefined {
  if (n === undefined) return undefined;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) invalid(`\`${name}\` must be a non-negative integer, got ${String(n)}.`);
  return n;
}

interface Parsed {
  where: Where | undefined;
  order: OrderKey[];
  skip: number;
  take: number | undefined;
  shape: Shape;
  strategy: RelationLoadStrategy;
}

function parse(db: Database, table: Table, args: FindManyArgs, op: string): Parsed {
  if (typeof args !== 'object' || args === null) invalid(`${op} expects an object of arguments.`);
  checkKeys(args as Record<string, unknown>, findManyKeys, `${table.def.model}.${op}`);
  const order = normalizeOrder(table, args.orderBy);
  let where = args.where;
  if (args.cursor !== undefined) {
    const keys = Object.keys(args.cursor ?? {});
    if (keys.length !== 1 || keys[0] !== 'id' || typeof args.cursor.id !== 'number')
      invalid('`cursor` must be { id: <number> } in the lab.');
    if (order.length !== 1 || order[0]!.field !== 'id')
      invalid('A `cursor` needs the rows ordered by id (orderBy: { id: "asc" } or "desc").');
    // Prisma finds the cursor row first: when it does not exist, the page is empty.
    const bound = !table.get(args.cursor.id) ? { in: [] } : order[0]!.dir === 'asc' ? { gte: args.cursor.id } : { lte: args.cursor.id };
    where = where === undefined ? { id: bound } : { AND: [where, { id: bound }] };
  }
  const strategy = args.relationLoadStrategy ?? 'join';
  if (strategy !== 'join' && strategy !== 'query') invalid('`relationLoadStrategy` must be "join" or "query".');
  return {
    where,
    order,
    skip: count(args.skip, 'skip') ?? 0,
    take: count(args.take, 'take'),
    shape: shapeOf(db, table.def, args.select, args.include),
    strategy,
  };
}

function limitSql(p: Parsed, params: Params): string {
  return `${p.take !== undefined ? ` LIMIT ${params.add(p.take)}` : ''}${p.skip > 0 ? ` OFFSET ${params.add(p.skip)}` : ''}`;
}

function scanParsed(table: Table, p: Parsed, params: Params, alias = ''): { res: ScanResult; whereSql: string } {
  const w = compileWhere(table.def, p.where, params, alias);
  const res = scan({ table, where: p.where, test: w.test, whereSql: w.sql, order: p.order, skip: p.skip, take: p.take });
  return { res, whereSql: w.sql };
}

/** Fields a query must fetch: those asked for plus the keys its relations are matched on. */
function fetchedFields(def: TableDef, shape: Shape): string[] {
  const need = new Set(shape.fields);
  for (const r of shape.relations) need.add(r.rel.kind === 'many' ? 'id' : r.rel.foreignKey);
  return def.columns.map((c) => c.field).filter((f) => need.has(f));
}

/** The children of each parent for a relation, and the rows a join had to read to find them. */
function childrenOf(
  load: RelationLoad,
  parents: Row[],
  childTest: (r: Row) => boolean,
): { byParent: Map<unknown, Row[]>; rowsRead: number; index: string | null } {
  const { rel, target } = load;
  const byParent = new Map<unknown, Row[]>();
  if (rel.kind === 'one') {
    let rowsRead = 0;
    for (const p of parents) {
      const r = target.get(p[rel.foreignKey] as number);
      if (r) rowsRead++;
      byParent.set(p[rel.foreignKey], r && childTest(r) ? [r] : []);
    }
    return { byParent, rowsRead, index: target.pkeyName };
  }
  const idx = target.indexOn(rel.foreignKey);
  const wanted = new Set(parents.map((p) => p.id));
  let rowsRead = 0;
  const candidates: Row[] = [];
  if (idx) {
    for (const id of wanted) {
      for (const cid of idx.entries.get(id) ?? []) {
        rowsRead++;
        candidates.push(target.get(cid)!);
      }
    }
  } else {
    rowsRead = target.size;
    for (const r of target.rows()) if (wanted.has(r[rel.foreignKey])) candidates.push(r);
  }
  const ordered = candidates.filter(childTest).sort(rowComparatorFor(load.order));
  for (const r of ordered) {
    const list = byParent.get(r[rel.foreignKey]) ?? [];
    list.push(r);
    byParent.set(r[rel.foreignKey], list);
  }
  return { byParent, rowsRead, index: idx?.name ?? null };
}

/** Reads with relations in ONE statement: the parents in a subquery, LEFT JOINed to the relation. */
async function findWithJoin(table: Table, p: Parsed, send: Send): Promise<Record<string, unknown>[]> {
  if (p.shape.relations.length !== 1) invalid('The join strategy loads one relation per query in the lab.');
  const load = p.shape.relations[0]!;
  const def = table.def;
  const child = load.target.def;
  let parents: Row[] = [];
  let byParent = new Map<unknown, Row[]>();
  await send(() => {
    const params = new Params();
    const { res, whereSql } = scanParsed(table, p, params);
    const inner = `SELECT ${def.columns.map((c) => c.column).join(', ')} FROM ${def.name}${whereSql ? ` WHERE ${whereSql}` : ''} ORDER BY ${orderSql(def, p.order)}${limitSql(p, params)}`;
    const cw = compileWhere(child, load.where, params, child.alias);
    const on =
      load.rel.kind === 'many'
        ? `${child.alias}.${requireColumn(child, load.rel.foreignKey).column} = ${def.alias}.id`
        : `${child.alias}.id = ${def.alias}.${requireColumn(def, load.rel.foreignKey).column}`;
    const kids = childrenOf(load, res.rows, cw.test);
    parents = res.rows;
    byParent = kids.byParent;
    const childCols = load.fields.map((f) => `${child.alias}.${requireColumn(child, f).column} AS "${load.rel.field}.${f}"`);
    const sql =
      `SELECT ${[...p.shape.fields.map((f) => columnSql(def, f, def.alias)), ...childCols].join(', ')}` +
      ` FROM (${inner}) AS ${def.alias}` +
      ` LEFT JOIN ${child.name} AS ${child.alias} ON ${on}${cw.sql ? ` AND ${cw.sql.includes(' OR ') ? `(${cw.sql})` : cw.sql}` : ''}` +
      ` ORDER BY ${[orderSql(def, p.order, def.alias), ...(load.rel.kind === 'many' ? [orderSql(child, load.order, child.alias)] : [])].join(', ')}`;
    const rows: Record<string, unknown>[] = [];
    for (const parent of parents) {
      const base = project(parent, p.shape.fields);
      const list = byParent.get(load.rel.kind === 'many' ? parent.id : parent[load.rel.foreignKey]) ?? [];
      if (list.length === 0) rows.push({ ...base, ...Object.fromEntries(load.fields.map((f) => [`${load.rel.field}.${f}`, null])) });
      for (const c of list) rows.push({ ...base, ...Object.fromEntries(load.fields.map((f) => [`${load.rel.field}.${f}`, c[f]])) });
    }
    const hashJoin = load.rel.kind === 'many' && !kids.index;
    const childLine = hashJoin
      ? `Seq Scan on ${child.name}  (rows read ${kids.rowsRead})`
      : `Index Scan using ${kids.index} on ${child.name}  (rows read ${kids.rowsRead})`;
    return {
      kind: 'select',
      sql,
      params: params.values,
      table: def.name,
      access: res.access === 'Seq Scan' || hashJoin ? 'Seq Scan' : 'Index Scan',
      index: res.index ?? kids.index,
      rowsRead: res.rowsRead + kids.rowsRead,
      rows,
      plan: [
        `${hashJoin ? 'Hash Left Join' : 'Nested Loop Left Join'}  (rows returned ${rows.length})`,
        ...res.plan.map((l, i) => (i === 0 ? `  ->  ${l}` : `    ${l}`)),
        `  ->  ${childLine}`,
      ],
    };
  });
  return parents.map((parent) =>
    attach(project(parent, p.shape.fields), load, byParent.get(load.rel.kind === 'many' ? parent.id : parent[load.rel.foreignKey]) ?? []),
  );
}

function attach(obj: Record<string, unknown>, load: RelationLoad, kids: Row[]): Record<string, unknown> {
  obj[load.rel.field] =
    load.rel.kind === 'many' ? kids.map((k) => project(k, load.fields)) : kids[0] ? project(kids[0], load.fields) : null;
  return obj;
}

/** A plain SELECT on one table (the parents, or a relation's rows matched by key). */
function selectStatement(table: Table, p: Parsed, fields: string[], params: Params): { st: Statement; rows: Row[] } {
  const def = table.def;
  const { res, whereSql } = scanParsed(table, p, params);
  const sql = `SELECT ${fields.map((f) => columnSql(def, f)).join(', ')} FROM ${def.name}${whereSql ? ` WHERE ${whereSql}` : ''} ORDER BY ${orderSql(def, p.order)}${limitSql(p, params)}`;
  return {
    rows: res.rows,
    st: {
      kind: 'select',
      sql,
      params: params.values,
      table: def.name,
      access: res.access,
      index: res.index,
      rowsRead: res.rowsRead,
      rows: res.rows.map((r) => project(r, fields)),
      plan: res.plan,
    },
  };
}

/** Reads with relations in separate statements: the parents, then `WHERE key IN (...)` per relation. */
async function findWithQueries(table: Table, p: Parsed, send: Send): Promise<Record<string, unknown>[]> {
  let parents: Row[] = [];
  await send(() => {
    const { st, rows } = selectStatement(table, p, fetchedFields(table.def, p.shape), new Params());
    parents = rows;
    return st;
  });
  const results = parents.map((r) => project(r, p.shape.fields));
  for (const load of p.shape.relations) {
    const keyField = load.rel.kind === 'many' ? load.rel.foreignKey : 'id';
    const keys = [...new Set(parents.map((r) => (load.rel.kind === 'many' ? r.id : r[load.rel.foreignKey])))];
    const byParent = new Map<unknown, Row[]>();
    if (keys.length > 0) {
      await send(() => {
        const keyWhere: Where = { [keyField]: { in: keys } };
        const where = load.where === undefined ? keyWhere : { AND: [keyWhere, load.where] };
        const childParsed: Parsed = {
          where,
          order: load.rel.kind === 'many' ? load.order : normalizeOrder(load.target, undefined),
          skip: 0,
          take: undefined,
          shape: { fields: load.fields, relations: [] },
          strategy: 'query',
        };
        const fields = load.target.def.columns.map((c) => c.field).filter((f) => load.fields.includes(f) || f === keyField);
        const { st, rows } = selectStatement(load.target, childParsed, fields, new Params());
        for (const r of rows) {
          const list = byParent.get(r[keyField]) ?? [];
          list.push(r);
          byParent.set(r[keyField], list);
        }
        return st;
      });
    }
    parents.forEach((parent, i) =>
      attach(results[i]!, load, byParent.get(load.rel.kind === 'many' ? parent.id : parent[load.rel.foreignKey]) ?? []),
    );
  }
  return results;
}

/** findMany: rows of one model, with filters, order, pagination and relations. */
export async function findMany(
  db: Database,
  table: Table,
  args: FindManyArgs,
  send: Send,
  op = 'findMany',
): Promise<Record<string, unknown>[]> {
  const p = parse(db, table, args ?? {}, op);
  if (p.shape.relations.length > 0 && p.strategy === 'join') return findWithJoin(table, p, send);
  return findWithQueries(table, p, send);
}

/** count: `SELECT COUNT(*)`, planned like any read. */
export async function countRows(table: Table, args: { where?: Where }, send: Send): Promise<number> {
  checkKeys((args ?? {}) as Record<string, unknown>, ['where'], `${table.def.model}.count`);
  let n = 0;
  await send(() => {
    const params = new Params();
    const w = compileWhere(table.def, args?.where, params);
    const res = scan({
      table,
      where: args?.where,
      test: w.test,
      whereSql: w.sql,
      order: [{ field: 'id', dir: 'asc' }],
      skip: 0,
      take: undefined,
    });
    n = res.rows.length;
    return {
      kind: 'count',
      sql: `SELECT COUNT(*)::int AS count FROM ${table.def.name}${w.sql ? ` WHERE ${w.sql}` : ''}`,
      params: params.values,
      table: table.def.name,
      access: res.access,
      index: res.index,
      rowsRead: res.rowsRead,
      rows: [{ count: n }],
      plan: [`Aggregate  (count ${n})`, ...res.plan.map((l, i) => (i === 0 ? `  ->  ${l}` : `    ${l}`))],
    };
  });
  return n;
}
