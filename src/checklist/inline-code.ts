/** A run of text, marked when it was written between backticks. */
interface TextSegment {
  text: string;
  code: boolean;
}

/** Splits text written with `backtick` code spans into segments, so a component can render `<code>`. */
export function splitInlineCode(text: string): TextSegment[] {
  return text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}
