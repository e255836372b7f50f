import { DbError, invalid } from './errors';
import { columnOf, type ColumnDef, type Row, type TableDef } from './schema';

/** A Prisma-style filter: `{ userId: 3 }`, `{ id: { gt: 100 } }`, `{ OR: [...] }`. */
export type Where = Record<string, unknown>;

/** Collects positional parameters ($1, $2...) for one SQL statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const operators = ['equals', 'not', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'contains', 'startsWith', 'endsWith', 'mode'] as const;

function typeName(v: unknown): string {
  if (v === null) return 'Null';
  if (Array.isArray(v)) return 'List';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Int' : 'Float';
  return ({ string: 'String', boolean: 'Boolean' } as Record<string, string>)[typeof v] ?? 'Object';
}

const expected: Record<ColumnDef['type'], string> = { int: 'Int', text: 'String', bool: 'Boolean' };

/** Checks a scalar value against a column's type, with Prisma's wording. */
export function checkValue(col: ColumnDef, v: unknown): void {
  const ok =
    (col.type === 'int' && typeof v === 'number' && Number.isInteger(v)) ||
    (col.type === 'text' && typeof v === 'string') ||
    (col.type === 'bool' && typeof v === 'boolean');
  if (!ok) invalid(`Argument \`${col.field}\`: Invalid value provided. Expected ${expected[col.type]}, provided ${typeName(v)}.`);
  // What PostgreSQL itself refuses: integers outside int4, and NUL in text.
  if (col.type === 'int' && ((v as number) < -2_147_483_648 || (v as number) > 2_147_483_647))
    throw new DbError(`value "${String(v)}" is out of range for type integer`, 'P2020');
  if (col.type === 'text' && (v as string).includes('\0')) throw new DbError('invalid byte sequence for encoding "UTF8": 0x00', 'P2009');
}

function column(table: TableDef, field: string): ColumnDef {
  const col = table.columns.find((c) => c.field === field);
  if (!col) {
    invalid(
      `Unknown argument \`${field}\` in where of model ${table.model}. Available: ${table.columns.map((c) => c.field).join(', ')}, AND, OR, NOT.`,
    );
  }
  return col;
}

function isFilterObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compares two column values as PostgreSQL orders them (numbers, text in byte order, false < true). */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a === 'boolean') return a ? 1 : -1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

/** The LIKE pattern Prisma sends: the text as given (its `%` and `_` stay wildcards, as Prisma does not escape them). */
function likePattern(op: 'contains' | 'startsWith' | 'endsWith', text: string): string {
  return op === 'contains' ? `%${text}%` : op === 'startsWith' ? `${text}%` : `%${text}`;
}

/** A LIKE pattern as a matcher: `%` any run, `_` one character, `\\` takes the next character literally (PostgreSQL's default escape). */
function likeMatcher(pattern: string): (s: string) => boolean {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) src += pattern[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '%') src += '[\\s\\S]*';
    else if (c === '_') src += '[\\s\\S]';
    else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const re = new RegExp(`^${src}$`, 'u');
  return (s) => re.test(s);
}

interface Compiled {
  sql: string;
  test(row: Row): boolean;
}

function fieldFilter(table: TableDef, field: string, filter: unknown, params: Params, prefix: string, lower = false): Compiled {
  const col = column(table, field);
  const ref = `${prefix}${col.column}`;
  if (!isFilterObject(filter)) {
    if (filter === null) return { sql: `${ref} IS NULL`, test: (r) => r[field] === null };
    checkValue(col, filter);
    if (lower && col.type === 'text') {
      const v = (filter as string).toLowerCase();
      return { sql: `LOWER(${ref}) = LOWER(${params.add(filter)})`, test: (r) => String(r[field]).toLowerCase() === v };
    }
    return { sql: `${ref} = ${params.add(filter)}`, test: (r) => r[field] === filter };
  }
  const parts: Compiled[] = [];
  const insensitive = filter.mode === 'insensitive';
  if (filter.mode !== undefined && filter.mode !== 'insensitive' && filter.mode !== 'default')
    invalid(`Invalid value for \`mode\`: ${String(filter.mode)}. Use 'default' or 'insensitive'.`);
  for (const [op, v] of Object.entries(filter)) {
    if (!(operators as readonly string[]).includes(op))
      invalid(`Unknown filter \`${op}\` on \`${field}\`. Available: ${operators.join(', ')}.`);
    if (op === 'mode' || v === undefined) continue;
    if (op === 'equals') parts.push(fieldFilter(table, field, v, params, prefix, insensitive));
    else if (op === 'not') {
      const inner = isFilterObject(v) ? fieldFilter(table, field, v, params, prefix) : null;
      if (inner && inner.sql === '') parts.push({ sql: '1 = 0', test: () => false });
      else if (inner) parts.push({ sql: `NOT (${inner.sql})`, test: (r) => !inner.test(r) });
      else {
        checkValue(col, v);
        parts.push({ sql: `${ref} <> ${params.add(v)}`, test: (r) => r[field] !== v });
      }
    } else if (op === 'in' || op === 'notIn') {
      if (!Array.isArray(v)) invalid(`Argument \`${op}\` of \`${field}\` must be a list.`);
      v.forEach((x) => checkValue(col, x));
      // mode: 'insensitive' compares LOWER() of both sides, as Prisma's SQL does.
      const low = insensitive && col.type === 'text';
      const key = (x: unknown) => (low ? String(x).toLowerCase() : x);
      const set = new Set(v.map(key));
      const lhs = low ? `LOWER(${ref})` : ref;
      if (v.length === 0) parts.push(op === 'in' ? { sql: '1 = 0', test: () => false } : { sql: '1 = 1', test: () => true });
      else {
        const list = v.map((x) => (low ? `LOWER(${params.add(x)})` : params.add(x))).join(', ');
        parts.push(
          op === 'in'
            ? { sql: `${lhs} IN (${list})`, test: (r) => set.has(key(r[field])) }
            : { sql: `${lhs} NOT IN (${list})`, test: (r) => !set.has(key(r[field])) },
        );
      }
    } else if (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') {
      if (col.type === 'bool') invalid(`Filter \`${op}\` is not available on the Boolean field \`${field}\`.`);
      checkValue(col, v);
      const sqlOp = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[op];
      const cmp = { lt: (c: number) => c < 0, lte: (c: number) => c <= 0, gt: (c: number) => c > 0, gte: (c: number) => c >= 0 }[op];
      parts.push({ sql: `${ref} ${sqlOp} ${params.add(v)}`, test: (r) => cmp(compareValues(r[field], v)) });
    } else {
      if (col.type !== 'text') invalid(`Filter \`${op}\` is only available on String fields; \`${field}\` is not one.`);
      if (typeof v !== 'string') invalid(`Argument \`${op}\` of \`${field}\` must be a String.`);
      const pattern = likePattern(op as 'contains' | 'startsWith' | 'endsWith', v);
      const has = likeMatcher(insensitive ? pattern.toLowerCase() : pattern);
      parts.push({
        sql: `${ref} ${insensitive ? 'ILIKE' : 'LIKE'} ${params.add(pattern)}`,
        test: (r) => has(insensitive ? String(r[field]).toLowerCase() : String(r[field])),
      });
    }
  }
  return and(parts);
}

function and(parts: Compiled[]): Compiled {
  if (parts.length === 0) return { sql: '', test: () => true };
  if (parts.length === 1) return parts[0]!;
  return {
    sql: parts.map((p) => (p.sql.includes(' OR ') ? `(${p.sql})` : p.sql)).join(' AND '),
    test: (r) => parts.every((p) => p.test(r)),
  };
}

function compile(table: TableDef, where: Where, params: Params, prefix: string): Compiled {
  if (!isFilterObject(where)) invalid(`\`where\` must be an object, got ${typeName(where)}.`);
  const parts: Compiled[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === 'AND') {
      const list = Array.isArray(value) ? value : [value];
      parts.push(and(list.map((w) => compile(table, w as Where, params, prefix)).filter((c) => c.sql !== '')));
    } else if (key === 'OR') {
      if (!Array.isArray(value)) invalid('`OR` must be a list of filters.');
      const mark = params.values.length;
      const list = value.map((w) => compile(table, w as Where, params, prefix));
      if (list.length === 0) parts.push({ sql: '1 = 0', test: () => false });
      else if (list.some((c) => c.sql === '')) {
        // An empty branch matches every row: the other branches' text is dropped, so their parameters must go too.
        params.values.length = mark;
        parts.push({ sql: '1 = 1', test: () => true });
      } else
        parts.push({
          sql: list.map((c) => (c.sql.includes(' AND ') ? `(${c.sql})` : c.sql)).join(' OR '),
          test: (r) => list.some((c) => c.test(r)),
        });
    } else if (key === 'NOT') {
      const list = (Array.isArray(value) ? value : [value]).map((w) => compile(table, w as Where, params, prefix));
      for (const c of list) {
        if (c.sql === '') parts.push({ sql: '1 = 0', test: () => false });
        else parts.push({ sql: `NOT (${c.sql})`, test: (r) => !c.test(r) });
      }
    } else {
      parts.push(fieldFilter(table, key, value, params, prefix));
    }
  }
  return and(parts.filter((p) => p.sql !== ''));
}

/** Compiles a filter to SQL (appending its parameters) and to a row predicate; sql is '' for no filter. */
export function compileWhere(table: TableDef, where: Where | undefined, params: Params, alias = ''): Compiled {
  return where === undefined ? { sql: '', test: () => true } : compile(table, where, params, alias ? `${alias}.` : '');
}

/** Top-level AND-ed conditions on one field: what an index or a primary-key range can use. */
interface FieldConditions {
  /** Values from `field: v`, `equals` or `in` (intersection when several). */
  values: unknown[] | null;
  min: { value: unknown; inclusive: boolean } | null;
  max: { value: unknown; inclusive: boolean } | null;
}

/** Extracts the conditions on `field` that every matching row satisfies (only from AND-ed parts). */
export function conditionsOn(where: Where | undefined, field: string): FieldConditions {
  const out: FieldConditions = { values: null, min: null, max: null };
  const addValues = (vals: unknown[]) => {
    out.values = out.values === null ? vals : out.values.filter((v) => vals.includes(v));
  };
  const visit = (w: unknown) => {
    if (!isFilterObject(w)) return;
    for (const [key, value] of Object.entries(w)) {
      if (key === 'AND') (Array.isArray(value) ? value : [value]).forEach(visit);
      if (key !== field || value === undefined) continue;
      if (!isFilterObject(value)) {
        addValues([value]);
        continue;
      }
      if ('equals' in value && value.equals !== undefined && !isFilterObject(value.equals)) addValues([value.equals]);
      if (Array.isArray(value.in)) addValues(value.in as unknown[]);
      for (const op of ['gt', 'gte'] as const) {
        if (value[op] === undefined) continue;
        const cand = { value: value[op], inclusive: op === 'gte' };
        const c = out.min ? compareValues(cand.value, out.min.value) : 1;
        if (c > 0 || (c === 0 && !cand.inclusive)) out.min = cand;
      }
      for (const op of ['lt', 'lte'] as const) {
        if (value[op] === undefined) continue;
        const cand = { value: value[op], inclusive: op === 'lte' };
        const c = out.max ? compareValues(cand.value, out.max.value) : -1;
        if (c < 0 || (c === 0 && !cand.inclusive)) out.max = cand;
      }
    }
  };
  visit(where);
  return out;
}

/** Checks that `field` names a column (ORM or SQL spelling) and returns it. */
export function requireColumn(table: TableDef, field: string): ColumnDef {
  const col = columnOf(table, field);
  if (!col) invalid(`Unknown field \`${field}\` on model ${table.model}. Available: ${table.columns.map((c) => c.field).join(', ')}.`);
  return col;
}
