/**
 * The playground's syntax colouring: which lezer highlight tags get which of the playground's token
 * classes. One table drives both sides: the build colours the static code with it and the live
 * editor adds it to CodeMirror, so the code shown before the editor loads and the editor that
 * replaces it cannot drift apart; playground.css gives each class its colour, per theme.
 *
 * Grouped for the course's TypeScript, where what a reader follows is calls, values and types:
 * every call or declaration of a function reads alike, plain or method (`fetch(…)`, `redis.get(…)`);
 * types and classes stand apart from values; `null` sits with the other literal values. Variables,
 * operators and punctuation stay in the text colour, with no class, which keeps the pages light.
 */
import { tagHighlighter, tags } from '@lezer/highlight';

/**
 * The playground's token classes, by what they colour. One letter each: the static code carries one
 * per coloured token, hundreds per page; playground.css scopes them to the playground's editor box.
 */
export const tokenClass = {
  keyword: 'k',
  function: 'f',
  property: 'p',
  type: 't',
  constant: 'c',
  string: 's',
  comment: 'm',
} as const;

/**
 * Tag → class. A token takes the class of its most specific tag here (a tag covers its sub-tags:
 * `keyword` covers `controlKeyword`, `this`, …), so the order of the entries does not matter.
 */
const rules = [
  { tag: tags.keyword, class: tokenClass.keyword },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], class: tokenClass.function },
  { tag: tags.propertyName, class: tokenClass.property },
  { tag: [tags.typeName, tags.className], class: tokenClass.type },
  { tag: [tags.number, tags.bool, tags.null], class: tokenClass.constant },
  { tag: [tags.string, tags.regexp, tags.escape], class: tokenClass.string },
  { tag: tags.comment, class: tokenClass.comment },
] as const;

/** The highlighter both the build (`highlightTree`) and the live editor (`syntaxHighlighting`) use. */
export const syntaxHighlighter = tagHighlighter(rules);
