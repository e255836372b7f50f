/** Astro integration that stops the build when an exercise folder is incomplete (see folder-problems.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { exercises } from '../../exercises/registry';
import { exerciseFolderProblems } from './folder-problems';

/** Fails `astro build` (and `astro dev`) naming every missing statement, program or check. */
export function exerciseFolders(): AstroIntegration {
  return {
    name: 'exercise-folders',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(new URL('playgrounds/exercises/', config.root));
        const problems = exerciseFolderProblems(root, exercises);
        if (problems.length) throw new Error(`Incomplete exercises:\n- ${problems.join('\n- ')}`);
        logger.info(`${exercises.length} exercises, each complete in every language`);
      },
    },
  };
}
