// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';
import { topicSlugs, referenceSlugs } from './src/data/pages.ts';
import { playgroundDirective } from './src/build/playground/directive-integration.ts';
import { httpHeadersFile } from './src/build/http-headers/integration.ts';

export default defineConfig({
  // Starlight reads `${srcDir}content/docs`; a root srcDir keeps docs in the top-level `content/`.
  srcDir: '.',
  site: 'http://localhost:4321',
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
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
    }),
    react(),
    playgroundDirective(),
    httpHeadersFile(),
  ],
});
