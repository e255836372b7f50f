import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate a playground when it nears the viewport or is touched (src/playground/client-directive.ts). */
    'client:playground'?: boolean;
  }
}
