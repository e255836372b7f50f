import { invalid } from './errors';
import type { Row } from './schema';
import type { Table } from './table';
import { compareValues, conditionsOn, requireColumn, type Where } from './where';

/** One ORDER BY key. */
export interface OrderKey {
  field: string;
  dir: 'asc' | 'desc';
}

/** How a query reached its rows, as EXPLAIN would name it. */
export type Access = 'Seq Scan' | 'Index Scan';

/** The outcome of planning and running a read on one table. */
export interface ScanResult {
  rows: Row[];
  access: Access;
  /** Index used, or null for a sequential scan. */
  index: string | null;
  rowsRead: number;
  /** EXPLAIN-style lines, innermost node last. */
  plan: string[];
}

/** Turns Prisma's `orderBy` into keys, always ending with `id` so every order is total and pages are stable. */
export function normalizeOrder(table: Table, orderBy: unknown): OrderKey[] {
  const list = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  const keys: OrderKey[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) invalid('`orderBy` must be an object like { id: "asc" } or a list of them.');
    for (const [field, dir] of Object.entries(item as Record<string, unknown>)) {
      requireColumn(table.def, field);
      if (dir !== 'asc' && dir !== 'desc') invalid(`\`orderBy.${field}\` must be "asc" or "desc".`);
      if (!table.def.columns.some((c) => c.field === field)) invalid(`Unknown field \`${field}\` in orderBy.`);
      keys.push({ field, dir });
    }
  }
  if (!keys.some((k) => k.field === 'id')) keys.push({ field: 'id', dir: 'asc' });
  return keys;
}

/** A comparator for rows by ORDER BY keys. */
export function rowComparator(keys: OrderKey[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const k of keys) {
      const c = compareValues(a[k.field], b[k.field]);
      if (c !== 0) return k.dir === 'asc' ? c : -c;
    }
    return 0;
  };
}

/** What the planner needs to read one table. */
interface ScanRequest {
  table: Table;
  where: Where | undefined;
  test(row: Row): boolean;
  /** SQL of the filter, for the plan's "Filter:" line. */
  whereSql: string;
  order: OrderKey[];
  skip: number;
  take: number | undefined;
}

function lowerBoundById(rows: readonly Row[], id: unknown, inclusive: boolean): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareValues(rows[mid]!.id, id);
    if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Picks an access path and runs it, counting every row it visits:
 * 1. equality or IN on `id` → primary-key lookups;
 * 2. equality or IN on an indexed column → index lookups;
 * 3. ordered by `id` with a LIMIT or an `id` range → walk the primary key in order and stop once
 *    OFFSET + LIMIT rows matched (why OFFSET 10,000 reads 10,020 rows and a cursor page reads 20);
 * 4. otherwise → sequential scan of the whole table.
 * Rows then go through the filter, the sort and OFFSET/LIMIT.
 */
/** A value as EXPLAIN prints a constant. */
function constant(v: unknown): string {
  return typeof v === 'string' ? `'${v.replace(/'/g, "''")}'::text` : String(v);
}

/**
 * EXPLAIN's Index Cond for values found on an index: `(user_id = 42)` for one, `= ANY` only for a
 * list, as PostgreSQL prints them.
 */
function valuesCond(column: string, values: unknown[]): string {
  if (values.length === 1) return `Index Cond: (${column} = ${constant(values[0])})`;
  const list = values.map((v) => (typeof v === 'string' ? `"${v.replace(/["\\]/g, '\\$&')}"` : String(v))).join(',');
  return `Index Cond: (${column} = ANY ('{${list}}'::${typeof values[0] === 'string' ? 'text' : 'integer'}[]))`;
}

/** Whether the filter is nothing but conditions on `field` (so the index condition covers it and no Filter line remains). */
function onlyOn(where: Where | undefined, field: string): boolean {
  if (where === undefined || typeof where !== 'object' || where === null) return false;
  const keys = Object.keys(where).filter((k) => where[k] !== undefined);
  if (keys.length !== 1 || keys[0] !== field) return false;
  const v = where[field];
  if (typeof v !== 'object' || v === null) return true;
  return (
    Object.keys(v).every(
      (op) => ['equals', 'in', 'gt', 'gte', 'lt', 'lte'].includes(op) && typeof (v as Record<string, unknown>)[op] !== 'object',
    ) ||
    (Object.keys(v).length === 1 && Array.isArray((v as Record<string, unknown>).in))
  );
}

export function scan(req: ScanRequest): ScanResult {
  const { table, where, test, order, skip, take } = req;
  const t = table.def.name;
  let filterLine = req.whereSql ? [`Filter: ${req.whereSql}`] : [];
  const finish = (
    candidates: Row[],
    access: Access,
    index: string | null,
    rowsRead: number,
    scanLine: string,
    cond: string[],
    sorted: boolean,
  ): ScanResult => {
    let rows = candidates.filter(test);
    if (!sorted) rows = rows.sort(rowComparator(order));
    rows = rows.slice(skip, take === undefined ? undefined : skip + take);
    const plan: string[] = [];
    let depth = 0;
    const push = (s: string) => plan.push(`${'  '.repeat(depth)}${depth ? '->  ' : ''}${s}`);
    if (skip > 0 || take !== undefined) {
      push(
        `Limit  (${[skip > 0 ? `offset ${skip}` : '', take !== undefined ? `limit ${take}` : ''].filter(Boolean).join(', ')}; rows returned ${rows.length})`,
      );
      depth++;
    }
    if (!sorted) {
      push(`Sort  (key: ${order.map((k) => `${requireColumn(table.def, k.field).column} ${k.dir.toUpperCase()}`).join(', ')})`);
      depth++;
    }
    push(`${scanLine}  (rows read ${rowsRead})`);
    for (const c of [...cond, ...filterLine]) plan.push(`${'  '.repeat(depth + 1)}${c}`);
    return { rows, access, index, rowsRead, plan };
  };

  const idCond = conditionsOn(where, 'id');
  if (idCond.values !== null && onlyOn(where, 'id')) filterLine = [];
  if (idCond.values !== null) {
    const found = [...new Set(idCond.values)].map((id) => table.get(id as number)).filter((r): r is Row => r !== undefined);
    return finish(
      found,
      'Index Scan',
      table.pkeyName,
      found.length,
      `Index Scan using ${table.pkeyName} on ${t}`,
      [valuesCond('id', [...new Set(idCond.values)])],
      false,
    );
  }
  for (const idx of table.indexList()) {
    const cond = conditionsOn(where, idx.field);
    if (cond.values === null) continue;
    const ids = [...new Set(cond.values)].flatMap((v) => idx.entries.get(v) ?? []);
    const found = ids.map((id) => table.get(id)!);
    const column = requireColumn(table.def, idx.field).column;
    if (onlyOn(where, idx.field)) filterLine = [];
    return finish(
      found,
      'Index Scan',
      idx.name,
      found.length,
      `Index Scan using ${idx.name} on ${t}`,
      [valuesCond(column, [...new Set(cond.values)])],
      false,
    );
  }
  const byId = order.length === 1 && order[0]!.field === 'id';
  const hasIdRange = idCond.min !== null || idCond.max !== null;
  if (byId && (take !== undefined || hasIdRange)) {
    const rows = table.rows();
    const start = idCond.min ? lowerBoundById(rows, idCond.min.value, idCond.min.inclusive) : 0;
    const end = idCond.max ? lowerBoundById(rows, idCond.max.value, !idCond.max.inclusive) : rows.length;
    const desc = order[0]!.dir === 'desc';
    const need = take === undefined ? Infinity : skip + take;
    const visited: Row[] = [];
    let matched = 0;
    for (let i = desc ? end - 1 : start; desc ? i >= start : i < end; desc ? i-- : i++) {
      const r = rows[i]!;
      visited.push(r);
      if (test(r) && ++matched >= need) break;
    }
    const cond = hasIdRange ? ['Index Cond: id range'] : [];
    return finish(
      visited,
      'Index Scan',
      table.pkeyName,
      visited.length,
      `Index Scan${desc ? ' Backward' : ''} using ${table.pkeyName} on ${t}`,
      cond,
      true,
    );
  }
  const all = table.rows().slice();
  return finish(all, 'Seq Scan', null, all.length, `Seq Scan on ${t}`, [], false);
}
