/**
 * The editor's look. A Sandpack theme made of CSS variables, so the editor follows Starlight's
 * light/dark switch (`data-theme` on <html>) by itself, with no flash and no script: the variables
 * are defined per theme in playground.css, and the static code uses the same ones. The code's
 * colours come from the playground's own token classes (syntax-classes.ts), added to CodeMirror
 * here, exactly as the build adds them to the static code.
 */
import { syntaxHighlighting } from '@codemirror/language';
import type { SandpackTheme } from '@codesandbox/sandpack-react';
import { syntaxHighlighter } from './syntax-classes';

const v = (name: string) => `var(--pg-${name})`;

/**
 * The text colour. Sandpack colours the editor's text with its `plain` entry and still adds its own
 * `sp-syntax-*` classes to tokens: with every entry this colour, those classes change nothing, and
 * the playground's classes (which playground.css makes win over them) give the code its colours.
 */
const plain = v('syntax-plain');

/** Sandpack's theme for the playground: surfaces and fonts from the page's variables. */
export const editorTheme: SandpackTheme = {
  colors: {
    surface1: v('surface'),
    surface2: v('border'),
    surface3: v('active-line'),
    disabled: 'var(--sl-color-gray-4)',
    base: 'var(--sl-color-gray-2)',
    clickable: 'var(--sl-color-gray-3)',
    hover: 'var(--sl-color-white)',
    accent: 'var(--sl-color-accent)',
    error: 'var(--sl-color-red-high)',
    errorSurface: 'var(--sl-color-red-low)',
    warning: 'var(--sl-color-orange-high)',
    warningSurface: 'var(--sl-color-orange-low)',
  },
  syntax: {
    plain,
    comment: plain,
    keyword: plain,
    tag: plain,
    punctuation: plain,
    definition: plain,
    property: plain,
    static: plain,
    string: plain,
  },
  font: {
    body: 'var(--__sl-font)',
    mono: 'var(--__sl-font-mono)',
    size: v('font-size'),
    lineHeight: v('line-height'),
  },
};

/** CodeMirror extensions for the editor: the playground's syntax highlighting (one array, as Sandpack re-applies a changed one). */
export const editorExtensions = [syntaxHighlighting(syntaxHighlighter)];
