/**
 * Build-time syntax highlighting of a playground's TypeScript, token for token as the live editor
 * colours it: the same parser (CodeMirror's TypeScript grammar, as Sandpack configures it) and the
 * same highlighter, the playground's one tag → class table (playground/syntax-classes.ts), which
 * the editor adds to CodeMirror too. Runs in Node during the build; nothing of it ships to the browser.
 */
import { javascript } from '@codemirror/lang-javascript';
import { highlightTree } from '@lezer/highlight';
import { syntaxHighlighter } from '../../playground/syntax-classes';

/** A run of source text and the playground token class colouring it (none for plain text). */
export interface Segment {
  text: string;
  className?: string;
}

const typescript = javascript({ jsx: true, typescript: true });

/** Splits TypeScript source into coloured segments; their texts joined give the source back. */
export function highlightTypeScript(code: string): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  const add = (to: number, className?: string) => {
    if (to <= offset) return;
    segments.push(className ? { text: code.slice(offset, to), className } : { text: code.slice(offset, to) });
    offset = to;
  };
  highlightTree(typescript.language.parser.parse(code), syntaxHighlighter, (from, to, classes) => {
    add(from);
    add(to, classes);
  });
  add(code.length);
  return segments;
}
