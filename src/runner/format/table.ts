/**
 * What `console.table(data, columns)` shows, as a table part the page renders: one row per entry
 * of `data` (an object's or array's keys, a Map's or Set's entries in order), one column per property
 * the rows have, with the headings and cell formatting Node's console uses.
 */
import type { Printed } from '../protocol';
import { inspect, uninspectable, type InspectOptions } from './inspect-value';
import { formatConsoleArgs } from './log-args';

type TablePart = Extract<Printed, { kind: 'table' }>;

/** One row before layout: its label, its cells by column, and the cell of a row that is a plain value. */
interface Row {
  label: string;
  cells: Record<string, string>;
  value?: string;
}

/** Cells are short: an object of more than two keys collapses to `[Object]`, arrays show three items. */
function cellText(v: unknown, options: InspectOptions): string {
  const wide = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2;
  return inspect(v, { ...options, depth: wide ? -1 : 0, maxArrayLength: 3, breakLength: Infinity });
}

/** Keys in the order a JavaScript object lists them (integer-like first, ascending), as Node's columns come. */
function inObjectOrder(keys: Iterable<string>): string[] {
  const registry: Record<string, true> = Object.create(null);
  for (const key of keys) registry[key] = true;
  return Object.keys(registry);
}

function layout(indexHeading: string, columns: string[], rows: Row[]): TablePart {
  const hasValues = rows.some((r) => r.value !== undefined);
  return {
    kind: 'table',
    columns: [indexHeading, ...columns, ...(hasValues ? ['Values'] : [])],
    rows: rows.map((r) => [r.label, ...columns.map((c) => r.cells[c] ?? ''), ...(hasValues ? [r.value ?? ''] : [])]),
  };
}

function entriesTable(data: Map<unknown, unknown> | Set<unknown>, cell: (v: unknown) => string): TablePart {
  const rows: Row[] = [];
  if (data instanceof Map) for (const [k, v] of data) rows.push({ label: cell(rows.length), cells: { Key: cell(k), Values: cell(v) } });
  else for (const v of data) rows.push({ label: cell(rows.length), cells: { Values: cell(v) } });
  return layout('(iteration index)', data instanceof Map ? ['Key', 'Values'] : ['Values'], rows);
}

function keyedTable(data: object, filter: readonly string[] | undefined, cell: (v: unknown) => string): TablePart {
  const rows: Row[] = [];
  const seen: string[] = [];
  for (const label of Object.keys(data)) {
    const item = (data as Record<string, unknown>)[label];
    const isRecord = item !== null && (typeof item === 'object' || typeof item === 'function');
    if (!isRecord) {
      // A plain value fills the Values column; with a column filter it shows nothing.
      rows.push({ label, cells: {}, ...(filter === undefined ? { value: cell(item) } : {}) });
      continue;
    }
    const cells: Record<string, string> = Object.create(null);
    for (const key of filter ?? Object.keys(item)) {
      if (Object.prototype.hasOwnProperty.call(item, key)) cells[key] = cell((item as Record<string, unknown>)[key]);
    }
    seen.push(...Object.keys(cells));
    rows.push({ label, cells });
  }
  return layout('(index)', inObjectOrder(filter ?? seen), rows);
}

/**
 * A table part for objects, arrays, maps and sets; plain text for anything else, which Node logs
 * as it is. Never throws: data whose reading throws is shown as uninspectable.
 */
export function formatTable(data: unknown, columns?: readonly string[], options: InspectOptions = {}): Printed[] {
  if (data === null || typeof data !== 'object') return formatConsoleArgs([data], options);
  const cell = (v: unknown) => cellText(v, options);
  try {
    return [data instanceof Map || data instanceof Set ? entriesTable(data, cell) : keyedTable(data, columns, cell)];
  } catch (err) {
    return [{ kind: 'text', text: uninspectable(err) }];
  }
}
