/**
 * A bare Starlight starter, the baseline the benches compare the site with: the project's own
 * versions of Astro and Starlight, nothing else, built the same way in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const guide = (n: number) =>
  `---\ntitle: Example guide ${n}\n---\n\n## A heading\n\nSome text with \`code\`.\n\n\`\`\`js\nconsole.log("hello");\n\`\`\`\n`;

/**
 * Writes a Starlight starter with `pages` pages (a home page and guides, at least one) into a new
 * folder of `<root>/.bench`. It sits inside the project (git-ignored) so Node resolves the project's
 * installed packages: same versions, no second install, no symlinks for Vite to trip on. The first
 * guide is always `/guides/example/`.
 */
export function makeStarter(root: string, pages = 2): string {
  mkdirSync(join(root, '.bench'), { recursive: true });
  const dir = mkdtempSync(join(root, '.bench', 'starlight-starter-'));
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // Vite decides what to bundle for SSR from the declared dependencies, as in a real starter.
  const starterDeps = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starter', type: 'module', private: true, dependencies: starterDeps }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Starter', sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }] })] });\n`,
  );
  mkdirSync(join(dir, 'src/content/docs/guides'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Welcome\n---\n\nA starter page.\n');
  writeFileSync(join(dir, 'src/content/docs/guides/example.md'), guide(1));
  for (let n = 2; n < pages; n++) writeFileSync(join(dir, `src/content/docs/guides/example-${n}.md`), guide(n));
  return dir;
}

/** Runs `astro build` in `dir` with this Node and returns how long it took, in milliseconds. */
export function timeBuild(astroBin: string, dir: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [astroBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}
