/**
 * Build-time syntax highlighting of a playground's TypeScript, token for token as the live editor
 * colours it: the same parser (CodeMirror's TypeScript grammar, as Sandpack configures it) and the
 * same tag → class rules as Sandpack's highlight style, so the static code and the editor that
 * replaces it look the same. Runs in Node during the build; nothing of it ships to the browser.
 */
import { javascript } from '@codemirror/lang-javascript';
import { highlightTree, tagHighlighter, tags } from '@lezer/highlight';

/** A run of source text and the Sandpack token class colouring it (none for plain text). */
export interface Segment {
  text: string;
  className?: string;
}

const token = (name: string) => `sp-syntax-${name}`;

/** Sandpack 2.20's `getSyntaxHighlight` rules, for a theme that defines a string colour. */
const sandpackHighlighter = tagHighlighter([
  { tag: tags.keyword, class: token('keyword') },
  { tag: [tags.atom, tags.number, tags.bool], class: token('static') },
  { tag: tags.variableName, class: token('plain') },
  { tag: tags.standard(tags.tagName), class: token('tag') },
  { tag: [tags.function(tags.variableName), tags.definition(tags.function(tags.variableName)), tags.tagName], class: token('definition') },
  { tag: tags.propertyName, class: token('property') },
  { tag: [tags.literal, tags.inserted], class: token('string') },
  { tag: tags.punctuation, class: token('punctuation') },
  { tag: [tags.comment, tags.quote], class: token('comment') },
]);

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
  highlightTree(typescript.language.parser.parse(code), sandpackHighlighter, (from, to, classes) => {
    add(from);
    add(to, classes);
  });
  add(code.length);
  return segments;
}
