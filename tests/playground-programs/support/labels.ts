/**
 * Printed lines a program test still reads: figures the program computed for one phase (a
 * timing, a per-workload count), which the lab's run-wide records cannot give. Each test file
 * names those lines by meaning in one `labels` table, with the Portuguese and English pattern side
 * by side, so a reworded message is fixed in one place instead of in every assertion.
 */
import type { Localized } from '~/i18n/locales';
import { lineMatching, numbersIn } from './printed';
import type { PlaygroundRun } from './run-playground';

/** One printed line, found by a pattern per language (capture groups, when present, pick its values). */
export type Label = Localized<RegExp>;

/** A file's label table: what a line means → its pattern in each language. */
export type Labels = Record<string, Label>;

/** A label written the same way in both languages (an emoji, a code fragment). */
export function sameInBoth(pattern: RegExp): Label {
  return { 'pt-BR': pattern, en: pattern };
}

/** Whether some printed line carries the label (a verdict line such as "same rows: yes"). */
export function printsLabel(run: PlaygroundRun, label: Label): boolean {
  return run.lines.some((l) => label[run.locale].test(l));
}

/** The one printed line with that label; fails clearly when there is none or several. */
export function printedLine(run: PlaygroundRun, label: Label): string {
  return lineMatching(run, label[run.locale]);
}

/** The numbers of the one printed line with that label, parsed the run's locale's way. */
export function printedNumbers(run: PlaygroundRun, label: Label): number[] {
  return numbersIn(printedLine(run, label), run.locale);
}

/** The label's match on its one printed line, so a test reads the values the pattern captures. */
export function printedMatch(run: PlaygroundRun, label: Label): RegExpExecArray {
  return label[run.locale].exec(printedLine(run, label))!;
}

/** The label's match on every printed line it fits, in order (for a line printed once per call). */
export function printedMatches(run: PlaygroundRun, label: Label): RegExpExecArray[] {
  const pattern = label[run.locale];
  return run.lines.flatMap((l) => {
    const m = pattern.exec(l);
    return m ? [m] : [];
  });
}

/** Where the one printed line with that label is, for the lines printed under it. */
export function printedIndex(run: PlaygroundRun, label: Label): number {
  return run.lines.indexOf(printedLine(run, label));
}
