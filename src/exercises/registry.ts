/**
 * Every exercise, in the order the pages show them. An exercise is a folder under
 * `playgrounds/exercises/<id>/` (statement, start and solution programs per language, `checks.ts`);
 * adding one means copying a folder and listing its `checks.ts` here. The build fails when a listed
 * exercise misses a file, or a folder is not listed (see `src/build/exercises/`).
 */
import { exercise as atomicRateLimit } from '../../playgrounds/exercises/atomic-rate-limit/checks';
import { exercise as concurrentApis } from '../../playgrounds/exercises/concurrent-apis/checks';
import { exercise as connectionLeak } from '../../playgrounds/exercises/connection-leak/checks';
import { exercise as connectionPool } from '../../playgrounds/exercises/connection-pool/checks';
import { exercise as cursorPagination } from '../../playgrounds/exercises/cursor-pagination/checks';
import { exercise as nPlusOne } from '../../playgrounds/exercises/n-plus-one/checks';
import { exercise as staleCache } from '../../playgrounds/exercises/stale-cache/checks';
import { exercise as weightedBalancing } from '../../playgrounds/exercises/weighted-balancing/checks';
import type { ExerciseDefinition } from './types';

export const exercises: readonly ExerciseDefinition[] = [
  nPlusOne,
  cursorPagination,
  connectionPool,
  connectionLeak,
  staleCache,
  concurrentApis,
  atomicRateLimit,
  weightedBalancing,
];

/** The exercise with this id, or undefined. */
export function exerciseById(id: string): ExerciseDefinition | undefined {
  return exercises.find((e) => e.id === id);
}
