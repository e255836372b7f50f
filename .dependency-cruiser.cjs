/**
 * Which way imports may point. Cores run in a Worker, in Node and in Vitest alike, so they never
 * reach up into what only a page, an island or the Astro build has. Checked by `npm run lint:deps`.
 */
const CORES = '^src/(lab|runner|exercises|checklist|charts|data|i18n|storage)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'cores-stay-pure',
      comment:
        'Cores (lab, runner, exercises, checklist, charts, data, i18n, storage) never import components, islands, page or build-time code, Astro or React.',
      severity: 'error',
      from: { path: CORES },
      to: {
        path: [
          '^src/components/',
          '^src/build/',
          '^src/playground/',
          '^astro(:|$|/)',
          '^@astrojs/',
          '^react(-dom)?($|/)',
          '^@codesandbox/',
        ],
      },
    },
    {
      name: 'page-code-has-no-build-code',
      comment: 'Code that ships to the browser never imports build-time modules (Node, astro:content, the highlighter).',
      severity: 'error',
      from: { path: ['^src/playground/', '^src/components/.+\\.tsx$', '^src/components/checklist/', '^src/components/offline/'] },
      to: { path: '^src/build/' },
    },
    {
      name: 'lab-parts-do-not-import-the-world',
      comment: 'A lab part gets what it needs through its context; world.ts only lists the parts.',
      severity: 'error',
      from: { path: '^src/lab/', pathNot: '^src/lab/world\\.ts$' },
      to: { path: '^src/lab/world\\.ts$' },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle, even through types only, means two modules are one design split in two.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^dist/', '^\\.astro/'] },
  },
};
