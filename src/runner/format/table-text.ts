/** A table part as text, drawn with box characters the way Node's `console.table` prints it in a terminal. */

const rule = (widths: number[], [left, join, right]: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(join) + right;
const line = (widths: number[], cells: readonly string[]) => `│ ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' │ ')} │`;

/** Left-aligned cells, each column as wide as its widest text; a short row gets empty cells. */
export function tableToText(table: { columns: string[]; rows: string[][] }): string {
  const widths = table.columns.map((heading, i) => Math.max(heading.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const body = table.rows.map((row) => line(widths, row));
  return [rule(widths, '┌┬┐'), line(widths, table.columns), rule(widths, '├┼┤'), ...body, rule(widths, '└┴┘')].join('\n');
}
