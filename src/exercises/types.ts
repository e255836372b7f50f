/**
 * What an exercise is: its place in the module (topic page, checklist items), its title and hints,
 * and the checks that judge a reader's program by what it did in the lab and what its exported
 * functions return, never by what it printed. Pure types: no DOM, no React.
 */
import type { PageSlug } from '../data/pages';
import type { Localized } from '../i18n/locales';
import type { CheckLab } from './lab-view';

/** One check's judgement: whether it held, and what was expected against what the program did. */
export interface CheckOutcome {
  passed: boolean;
  expected: Localized;
  actual: Localized;
}

/** What a check sees: the reader's exports and the lab world their program ran in. */
export interface CheckContext {
  /** What the reader's program exported (`export function …`), by name. */
  exported: Readonly<Record<string, unknown>>;
  lab: CheckLab;
}

/** One named check. Its hidden cases (ids, missing rows, concurrent calls) live inside `run`. */
export interface ExerciseCheck {
  /** Stable id, kebab-case, named by the statement and the tests. */
  id: string;
  title: Localized;
  /** How many cases the reader does not see this check runs (for the figures and the statement). */
  hiddenCases: number;
  run(context: CheckContext): Promise<CheckOutcome>;
}

/** One exercise, as its folder's `checks.ts` defines it. */
export interface ExerciseDefinition {
  /** The folder's name under `playgrounds/exercises/`. */
  id: string;
  /** The topic page the exercise appears on. */
  topic: PageSlug;
  /** Ids of the checklist items a solved exercise proves (`src/data/checklist.ts`). */
  checklist: readonly string[];
  title: Localized;
  /** Shown one at a time, in order. */
  hints: Localized<readonly string[]>;
  /** Functions the reader's program must export, checked before anything else runs. */
  exports: readonly string[];
  checks: readonly ExerciseCheck[];
}
