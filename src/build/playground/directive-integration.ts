/** Astro integration registering the `client:playground` hydration directive. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Adds `client:playground` (see client-directive.ts). */
export function playgroundDirective(): AstroIntegration {
  return {
    name: 'playground-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'playground',
          entrypoint: fileURLToPath(new URL('../../playground/client-directive.ts', import.meta.url)),
        });
      },
    },
  };
}
