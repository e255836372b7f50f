import { transform } from 'sucrase';

/** The result of turning a playground's TypeScript into JavaScript the runner can evaluate. */
export type TranspileResult = { ok: true; code: string } | { ok: false; message: string; line?: number; column?: number };

/**
 * Strips types and turns ES imports into `require` calls with sucrase. Sucrase keeps every
 * statement on its original line (its import helpers share line 1), so a line in the output is
 * the same line in the TypeScript source. Modern syntax (`?.`, `??`, class fields) is left as is:
 * every engine the runner targets has it, and untouched code keeps its columns.
 */
export function transpile(source: string, filename: string): TranspileResult {
  try {
    const { code } = transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: filename,
      production: true,
      disableESTransforms: true,
    });
    return { ok: true, code };
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const message = err.message.replace(/^Error transforming .*?: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    return err.loc ? { ok: false, message, line: err.loc.line, column: err.loc.column } : { ok: false, message };
  }
}
