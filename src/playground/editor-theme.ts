/**
 * Sandpack theme made of CSS variables, so the editor follows Starlight's light/dark switch
 * (`data-theme` on <html>) by itself, with no flash and no script: the variables are defined
 * per theme in Playground.astro's styles, and the static code uses the same ones.
 */
import type { SandpackTheme } from '@codesandbox/sandpack-react';

const v = (name: string) => `var(--pg-${name})`;

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
    plain: v('syntax-plain'),
    comment: { color: v('syntax-comment'), fontStyle: 'italic' },
    keyword: v('syntax-keyword'),
    tag: v('syntax-tag'),
    punctuation: v('syntax-punctuation'),
    definition: v('syntax-definition'),
    property: v('syntax-property'),
    static: v('syntax-static'),
    string: v('syntax-string'),
  },
  font: {
    body: 'var(--__sl-font)',
    mono: 'var(--__sl-font-mono)',
    size: v('font-size'),
    lineHeight: v('line-height'),
  },
};
