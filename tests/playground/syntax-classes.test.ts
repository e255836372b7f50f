import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenClass } from '~/playground/syntax-classes';

const css = readFileSync(new URL('../../src/components/playground.css', import.meta.url), 'utf8');

/** The colour variable a token class's rule reads, or undefined when the class has no rule. */
const colourOf = (className: string) => new RegExp(`\\.${className}\\s*\\{[^}]*color:\\s*var\\((--pg-syntax-[\\w-]+)\\)`).exec(css)?.[1];

/** The variables each theme defines in the palette blocks. */
const definedIn = (selector: string) => {
  const block = css.slice(css.indexOf(`${selector} {`)).split('}')[0] ?? '';
  return new Set([...block.matchAll(/(--pg-syntax-[\w-]+):/g)].map((m) => m[1]));
};

describe('token classes', () => {
  it('each have a colour in the playground styles, defined in both themes', () => {
    const dark = definedIn(':root');
    const light = definedIn(":root[data-theme='light']");
    for (const className of Object.values(tokenClass)) {
      const variable = colourOf(className);
      expect(variable, className).toBeDefined();
      expect(dark.has(variable!), `${variable} in the dark palette`).toBe(true);
      expect(light.has(variable!), `${variable} in the light palette`).toBe(true);
    }
  });
});
