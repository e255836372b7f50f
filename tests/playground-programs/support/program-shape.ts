/**
 * The shape of a TypeScript program with its prose set aside: comments removed, the text of
 * string literals and of template literals' text parts replaced by a placeholder, `${...}`
 * expressions kept as code. Two translations of one playground must have the same shape: same
 * identifiers, operators, numbers and structure, whatever language their comments and messages
 * are in.
 */

/** One piece of code, with the line it starts on (1-based) for error messages. */
export interface ShapeToken {
  text: string;
  line: number;
}

/** What a string literal or a template literal's text part becomes. */
export const TEXT = '«text»';

const keywordsBeforeExpression = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);

const punctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
];

const isIdentifierStart = (c: string) => /[\p{L}_$]/u.test(c);
const isIdentifierPart = (c: string) => /[\p{L}\p{N}_$\u200c\u200d]/u.test(c);

/** Thrown when the source cannot be split (an unterminated string, comment or template). */
export class ShapeError extends Error {}

/** Splits TypeScript source into its shape tokens. */
export function programShape(source: string): ShapeToken[] {
  const out: ShapeToken[] = [];
  let i = 0;
  let line = 1;
  // Nesting of `${` inside templates: a `}` at depth 0 of a template expression resumes the template.
  const braceStack: ('code' | 'template')[] = [];

  const push = (text: string, at = line) => out.push({ text, line: at });
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) if (source[i + k] === '\n') line++;
    i += n;
  };
  const regexAllowed = () => {
    const prev = out[out.length - 1]?.text;
    if (prev === undefined) return true;
    if (prev === ')' || prev === ']' || prev === '}' || prev === TEXT || prev === '`') return false;
    if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(prev)) return keywordsBeforeExpression.has(prev);
    if (/^[0-9.]/.test(prev)) return false;
    return true;
  };

  /** Reads a template's text from `i` (just after '`' or a closing `}`) up to '`' or '${'. */
  const templateText = () => {
    const start = line;
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\\') {
        advance(2);
        continue;
      }
      if (c === '`') {
        push(TEXT, start);
        push('`');
        advance(1);
        return;
      }
      if (c === '$' && source[i + 1] === '{') {
        push(TEXT, start);
        push('${');
        advance(2);
        braceStack.push('template');
        return;
      }
      advance(1);
    }
    throw new ShapeError(`unterminated template literal starting on line ${start}`);
  };

  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (/\s/.test(c)) {
      advance(1);
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') advance(1);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new ShapeError(`unterminated comment on line ${line}`);
      advance(end + 2 - i);
      continue;
    }
    if (c === '"' || c === "'") {
      const start = line;
      advance(1);
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\n') throw new ShapeError(`unterminated string on line ${start}`);
        advance(source[i] === '\\' ? 2 : 1);
      }
      if (i >= source.length) throw new ShapeError(`unterminated string on line ${start}`);
      advance(1);
      push(TEXT, start);
      continue;
    }
    if (c === '`') {
      push('`');
      advance(1);
      templateText();
      continue;
    }
    if (c === '{') {
      braceStack.push('code');
      push('{');
      advance(1);
      continue;
    }
    if (c === '}') {
      const opened = braceStack.pop();
      push('}');
      advance(1);
      if (opened === 'template') templateText();
      continue;
    }
    if (c === '/' && regexAllowed()) {
      const start = line;
      let j = i + 1;
      let inClass = false;
      for (; j < source.length; j++) {
        const r = source[j]!;
        if (r === '\n') throw new ShapeError(`unterminated regular expression on line ${start}`);
        if (r === '\\') j++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
      }
      j++;
      while (j < source.length && /[a-z]/i.test(source[j]!)) j++;
      push(source.slice(i, j), start);
      advance(j - i);
      continue;
    }
    if (isIdentifierStart(c)) {
      let j = i + 1;
      while (j < source.length && isIdentifierPart(source[j]!)) j++;
      push(source.slice(i, j));
      advance(j - i);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && next !== undefined && /[0-9]/.test(next))) {
      let j = i + 1;
      while (j < source.length && /[0-9a-zA-Z_.]/.test(source[j]!)) {
        // An exponent's sign belongs to the number: 1e-3.
        if (/[eE]/.test(source[j]!) && /[+-]/.test(source[j + 1] ?? '') && !/^0[xX]/.test(source.slice(i, j))) j++;
        j++;
      }
      push(source.slice(i, j));
      advance(j - i);
      continue;
    }
    const p = punctuators.find((q) => source.startsWith(q, i));
    push(p ?? c);
    advance(p ? p.length : 1);
  }
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
