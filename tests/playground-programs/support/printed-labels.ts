/**
 * Labels of printed lines, for the figures only the program's own output carries (a value it
 * computed per phase). Each test file keeps its labels in one table keyed by meaning, with the
 * Portuguese and English patterns side by side, so rewording a message means editing one entry.
 */
import type { Localized } from '~/i18n/locales';
import { lineMatching, numbersOf } from './printed';
import type { PlaygroundRun } from './run-playground';

/** A file's label table: what a line means → its pattern in each language. */
export type Labels = Record<string, Localized<RegExp>>;

/** A label written the same way in both languages (an emoji, a code fragment). */
export function sameInBoth(pattern: RegExp): Localized<RegExp> {
  return { 'pt-BR': pattern, en: pattern };
}

/** The one printed line carrying `label` in the run's language. */
export function labelledLine(run: PlaygroundRun, label: Localized<RegExp>): string {
  return lineMatching(run, label[run.locale]);
}

/** The numbers of the one printed line carrying `label`, in order. */
export function labelledNumbers(run: PlaygroundRun, label: Localized<RegExp>): number[] {
  return numbersOf(run, label[run.locale]);
}

/** Whether some printed line carries `label` (a verdict line such as "same rows: yes"). */
export function printsLabel(run: PlaygroundRun, label: Localized<RegExp>): boolean {
  return run.lines.some((l) => label[run.locale].test(l));
}
