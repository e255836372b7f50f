/**
 * The editor's TypeScript support, given to Sandpack as an additional language. Sandpack's editor
 * also renders a highlighted copy of the whole file as React elements (the placeholder shown
 * before CodeMirror loads) and keeps rendering it on every change, even after it has removed
 * that element from the page: a 128 KB paste then costs seconds per keystroke. CodeMirror itself
 * uses only the support's `extension`; the `language` Sandpack reads for that copy parses
 * nothing, so the copy it renders is empty and costs nothing. The island shows its own static code
 * until the editor is live, so that copy is never seen.
 */
import { javascript } from '@codemirror/lang-javascript';
import type { LanguageSupport } from '@codemirror/language';
import type { CustomLanguage } from '@codesandbox/sandpack-react';

const typescript = javascript({ jsx: true, typescript: true });
const emptyTree = typescript.language.parser.parse('');

/** What Sandpack reads to build its highlighted copy: a parser that finds no tokens. */
const placeholderLanguage = { parser: { parse: () => emptyTree } };

/** TypeScript for CodeMirror, with no highlighted copy of the file re-rendered on each change. */
export const editorLanguages: CustomLanguage[] = [
  {
    name: 'typescript',
    extensions: ['ts'],
    language: { extension: typescript.extension, support: typescript.support, language: placeholderLanguage } as unknown as LanguageSupport,
  },
];
