import type { LoadResult } from '~/lab/load/measure';
import type { PlaygroundRun } from './run-playground';

/** Every `@lab/load` run of a playground, as the program got it, in the order they finished. */
export function loadRuns(run: PlaygroundRun): LoadResult[] {
  const module = run.world.resolve('@lab/load') as { runs(): LoadResult[] } | null;
  if (!module) throw new Error('the lab has no module @lab/load');
  return module.runs();
}
