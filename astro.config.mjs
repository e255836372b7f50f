// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';
import { topicSlugs, referenceSlugs } from './src/data/pages.ts';
import { playgroundDirective } from './src/build/playground/directive-integration.ts';
import { httpHeadersFile } from './src/build/http-headers/integration.ts';
import { exerciseFolders } from './src/build/exercises/integration.ts';
import { serviceWorker } from './src/build/service-worker/integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/build/markdown/base-links.ts';

/**
 * The path the site is served under, set at build time (`SITE_BASE=/modulo-05/` for a GitHub Pages
 * project site); the root by default. Always with its trailing slash, as `import.meta.env.BASE_URL` is.
 */
const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  // Starlight reads `${srcDir}content/docs`; a root srcDir keeps docs in the top-level `content/`.
  srcDir: '.',
  site: 'http://localhost:4321',
  base,
  // Only a sub-path needs the Markdown links rewritten; the root build keeps Astro's default processor.
  ...(base === '/' ? {} : { markdown: { processor: satteri({ mdastPlugins: [baseLinks(base)] }) } }),
  integrations: [
    starlight({
      title: { 'pt-BR': 'Módulo 05 — Performance e Concorrência', en: 'Module 05 — Performance and Concurrency' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'Português', lang: 'pt-BR' },
        en: { label: 'English', lang: 'en' },
      },
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
      sidebar: [
        { slug: 'index' },
        {
          label: 'Tópicos',
          translations: { en: 'Topics' },
          items: topicSlugs.map((slug) => ({ slug })),
        },
        {
          label: 'Referência',
          translations: { en: 'Reference' },
          items: referenceSlugs.map((slug) => ({ slug })),
        },
      ],
      components: {
        Search: './src/components/overrides/Search.astro',
        SkipLink: './src/components/overrides/SkipLink.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
    }),
    react(),
    playgroundDirective(),
    // After Starlight (Pagefind's index is part of the precache), before the headers file (which lists sw.js).
    serviceWorker(),
    httpHeadersFile(),
    exerciseFolders(),
  ],
});
