/**
 * The shape of a TypeScript program with its prose set aside: comments removed, the text of
 * string literals and of template literals' text parts replaced by a placeholder, `${...}`
 * expressions kept as code. Two translations of one playground must have the same shape: same
 * identifiers, operators, numbers and structure, whatever language their comments and messages
 * are in. The tokens are the leaves of the tree lezer's TypeScript grammar (the one the editor
 * uses) builds, so telling a regex from a division or a template's text from its code is the
 * parser's job, not ours.
 */
import { parser } from '@lezer/javascript';

/** One piece of code, with the line it starts on (1-based) for error messages. */
export interface ShapeToken {
  text: string;
  line: number;
}

/** What a string literal or a template literal's text part becomes. */
export const TEXT = '«text»';

/**
 * Thrown for an unterminated string, comment or template, where prose and code can no longer be
 * told apart. Other syntax the grammar does not know (lezer 1.5 cannot parse `a[i]! += 1`) is
 * recovered from with every token kept, so it still takes part in the comparison as code.
 */
export class ShapeError extends Error {}

const typescript = parser.configure({ dialect: 'ts' });
const comments = new Set(['LineComment', 'BlockComment']);
const templates = new Set(['TemplateString', 'TemplateType']);

/** Splits TypeScript source into its shape tokens. */
export function programShape(source: string): ShapeToken[] {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return line + 1;
  };
  const out: ShapeToken[] = [];
  const push = (text: string, at: number) => out.push({ text, line: lineAt(at) });
  // Source between the nodes the tree names (tokens the grammar leaves anonymous) is kept as code.
  let covered = 0;
  const upTo = (to: number) => {
    for (const m of source.slice(covered, to).matchAll(/\S+/g)) push(m[0], covered + m.index);
    covered = Math.max(covered, to);
  };

  const cursor = typescript.parse(source).cursor();
  const visit = (): void => {
    const { from, to, name } = cursor;
    const text = source.slice(from, to);
    upTo(from);
    if (comments.has(name)) {
      if (name === 'BlockComment' && (text.length < 4 || !text.endsWith('*/')))
        throw new ShapeError(`unterminated comment on line ${lineAt(from)}`);
      covered = to;
    } else if (name === 'String') {
      if (text.length < 2 || text.at(-1) !== text[0]) throw new ShapeError(`unterminated string on line ${lineAt(from)}`);
      push(TEXT, from);
      covered = to;
    } else if (templates.has(name)) {
      // Text parts are what lies between the interpolations (escapes included): one placeholder each.
      if (text.length < 2 || !text.endsWith('`')) throw new ShapeError(`unterminated template literal starting on line ${lineAt(from)}`);
      push('`', from);
      let part = from + 1;
      if (cursor.firstChild()) {
        do {
          if (cursor.type.isError) throw new ShapeError(`unterminated template literal starting on line ${lineAt(from)}`);
          if (cursor.name !== 'Interpolation') continue;
          const end = cursor.to;
          push(TEXT, part);
          covered = cursor.from;
          visit();
          part = covered = end;
        } while (cursor.nextSibling());
        cursor.parent();
      }
      push(TEXT, part);
      push('`', to - 1);
      covered = to;
    } else if (cursor.firstChild()) {
      do visit();
      while (cursor.nextSibling());
      cursor.parent();
    } else if (to > from) {
      push(text, from);
      covered = to;
    }
  };
  visit();
  upTo(source.length);
  return out;
}

/** Where two shapes first differ, or null when they are the same program. */
export function firstShapeDifference(a: ShapeToken[], b: ShapeToken[]): { index: number; a?: ShapeToken; b?: ShapeToken } | null {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) {
    if (a[k]?.text !== b[k]?.text) return { index: k, a: a[k], b: b[k] };
  }
  return null;
}
