/**
 * Judges a reader's program for one exercise: runs it against a fresh lab world, then, on the same
 * world and virtual clock, runs each check against the functions it exported. Whatever the program
 * printed is thrown away: only the lab's records and the returned values count.
 */
import type { Locale, Localized } from '../i18n/locales';
import type { CpuThreads } from '../lab/cpu/threads';
import type { LabWorld } from '../lab/world';
import { runProgram, type ProgramConsole } from '../runner/run-program';
import { checkLab } from './lab-view';
import { checkerText } from './messages';
import type { CheckOutcome, ExerciseCheck, ExerciseDefinition } from './types';
import { threw, verdict } from './verdict';

/** One check's verdict as the page lists it. */
interface CheckVerdict extends CheckOutcome {
  /** The check's id, or `exports` for the check that the asked-for functions exist. */
  id: string;
  title: Localized;
}

/** What checking a program found. */
export interface CheckReport {
  /** True when the program ran to its end and every check passed. */
  passed: boolean;
  verdicts: CheckVerdict[];
  /** Real time the run and its checks took, in ms. */
  realMs: number;
}

/** Virtual time one check may take before it counts as hung (a call that never settles on a timer). */
const CHECK_LIMIT_MS = 120_000;

const silent: ProgramConsole = { log() {}, info() {}, warn() {}, error() {}, debug() {}, table() {} };

/** A check's run, cut off when it takes longer than {@link CHECK_LIMIT_MS} of virtual time. */
async function runBounded(check: ExerciseCheck, exported: Readonly<Record<string, unknown>>, world: LabWorld): Promise<CheckOutcome> {
  let timer: ReturnType<LabWorld['clock']['schedule']> | undefined;
  const limit = new Promise<CheckOutcome>((resolve) => {
    timer = world.clock.schedule(CHECK_LIMIT_MS, () =>
      resolve(verdict(false, checkerText.finishesWithin(CHECK_LIMIT_MS / 1000), checkerText.tooSlow(CHECK_LIMIT_MS / 1000))),
    );
  });
  try {
    return await Promise.race([check.run({ exported, lab: checkLab(world) }), limit]);
  } catch (e) {
    return verdict(false, check.title, threw(e));
  } finally {
    if (timer !== undefined) world.clock.cancel(timer);
  }
}

/** Runs `source` and then every check of `exercise`; never throws. */
export async function checkProgram(
  source: string,
  exercise: ExerciseDefinition,
  options: { locale: Locale; cpu: CpuThreads },
): Promise<CheckReport> {
  const verdicts: CheckVerdict[] = [];
  const outcome = await runProgram(source, 'exercise.ts', {
    console: silent,
    report() {},
    locale: options.locale,
    cpu: options.cpu,
    async afterProgram(exported, world) {
      const missing = exercise.exports.filter((name) => exported[name] === undefined);
      verdicts.push({
        id: 'exports',
        title: checkerText.exportsTitle,
        ...verdict(
          missing.length === 0,
          checkerText.exportsExpected(exercise.exports),
          missing.length ? checkerText.exportsMissing(missing) : checkerText.exportsFound,
        ),
      });
      if (missing.length) return;
      for (const check of exercise.checks) {
        verdicts.push({ id: check.id, title: check.title, ...(await runBounded(check, exported, world)) });
      }
    },
  });
  const reason = outcome.error ? checkerText.runFailed(outcome.error.message) : checkerText.notRun;
  if (verdicts.length === 0)
    verdicts.push({
      id: 'exports',
      title: checkerText.exportsTitle,
      ...verdict(false, checkerText.exportsExpected(exercise.exports), reason),
    });
  for (const check of exercise.checks.slice(verdicts.length - 1)) {
    verdicts.push({ id: check.id, title: check.title, ...verdict(false, check.title, reason) });
  }
  return { passed: outcome.ok && verdicts.every((v) => v.passed), verdicts, realMs: outcome.realMs };
}
