/** Reads an exercise's programs from its folder and checks a source in Node, as the page's Worker does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '~/i18n/locales';
import { nodeThreads } from '~/lab/cpu/node-threads';
import { checkProgram, type CheckReport } from '~/exercises/run-checks';
import { exerciseById } from '~/exercises/registry';

const root = new URL('../../playgrounds/exercises/', import.meta.url);

/** One of an exercise's programs (`start` or `solution`) in one language. */
function exerciseProgram(id: string, kind: 'start' | 'solution', locale: Locale): string {
  return readFileSync(new URL(`${id}/${kind}.${locale}.ts`, root), 'utf8');
}

/** Checks `source` against exercise `id`. */
function check(id: string, source: string, locale: Locale = 'en'): Promise<CheckReport> {
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return checkProgram(source, exercise, { locale, cpu: nodeThreads });
}

/** The ids of the checks that failed. */
function failedChecks(report: CheckReport): string[] {
  return report.verdicts.filter((v) => !v.passed).map((v) => v.id);
}

/** A readable dump of a report for a failing assertion. */
function describeReport(report: CheckReport): string {
  return report.verdicts.map((v) => `${v.passed ? '✓' : '✗'} ${v.id}: expected ${v.expected.en}, actual ${v.actual.en}`).join('\n');
}

/** A way to look done without doing it, and the check that must catch it. */
interface Cheat {
  failed: string;
  source: string;
}

/** What every exercise must show in Node (issue: start fails, solutions pass, cheats fail). */
export interface ExerciseExpectations {
  /** The checks the start program fails, exactly (the statement names them). */
  startFails: string[];
  /** Correct programs other than the reference solution (at least two). */
  otherSolutions: Record<string, string>;
  /** At least two: a hard-coded answer and skipped work. */
  cheats: Record<string, Cheat>;
}

/** The tests every exercise gets. */
export function describeExercise(id: string, expectations: ExerciseExpectations): void {
  describe(id, () => {
    for (const locale of locales) {
      it(`${locale}: the start program fails ${expectations.startFails.join(', ')} and nothing else`, async () => {
        const report = await check(id, exerciseProgram(id, 'start', locale), locale);
        expect(failedChecks(report), describeReport(report)).toEqual(expectations.startFails);
        expect(report.passed).toBe(false);
      });
      it(`${locale}: the reference solution passes`, async () => {
        const report = await check(id, exerciseProgram(id, 'solution', locale), locale);
        expect(report.passed, describeReport(report)).toBe(true);
      });
    }
    it('has at least two other solutions and two cheats', () => {
      expect(Object.keys(expectations.otherSolutions).length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(expectations.cheats).length).toBeGreaterThanOrEqual(2);
    });
    for (const [name, source] of Object.entries(expectations.otherSolutions)) {
      it(`another solution passes: ${name}`, async () => {
        const report = await check(id, source);
        expect(report.passed, describeReport(report)).toBe(true);
      });
    }
    for (const [name, cheat] of Object.entries(expectations.cheats)) {
      it(`a cheat fails ${cheat.failed}: ${name}`, async () => {
        const report = await check(id, cheat.source);
        expect(report.passed).toBe(false);
        expect(failedChecks(report), describeReport(report)).toContain(cheat.failed);
      });
    }
  });
}
