/**
 * Finds where in a playground's source an error happened, from the first stack frame that names
 * the program's file (V8 `at fn (file:12:5)`, Firefox/Safari `fn@file:12:5`).
 */
export function frameLocation(stack: string | undefined, filename: string): { line: number; column: number } | null {
  if (!stack) return null;
  const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|[\\s(@])${escaped}:(\\d+):(\\d+)`, 'm').exec(stack);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}
