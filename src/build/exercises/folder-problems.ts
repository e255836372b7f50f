/**
 * What is wrong with the exercise folders under `playgrounds/exercises/`: a file missing in a
 * language, a solution or a check missing, a folder the registry does not list, or a listed
 * exercise without a folder. The build fails on any of them (see integration.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checklistIds } from '../../data/checklist';
import { pageSlugs } from '../../data/pages';
import { locales } from '../../i18n/locales';
import type { ExerciseDefinition } from '../../exercises/types';

/** The files every exercise folder holds, per language: its statement, start and solution. */
export function requiredFiles(): string[] {
  return ['checks.ts', ...locales.flatMap((l) => [`statement.${l}.md`, `start.${l}.ts`, `solution.${l}.ts`])];
}

function definitionProblems(exercise: ExerciseDefinition): string[] {
  const problems: string[] = [];
  const at = `playgrounds/exercises/${exercise.id}/checks.ts`;
  if (exercise.checks.length === 0) problems.push(`${at} defines no check`);
  if (exercise.exports.length === 0) problems.push(`${at} names no exported function to check`);
  const hintCounts = new Set(locales.map((l) => exercise.hints[l].length));
  if (hintCounts.has(0) || hintCounts.size > 1) problems.push(`${at} needs the same number of hints (at least one) in every language`);
  if (!pageSlugs.includes(exercise.topic)) problems.push(`${at}: unknown topic page ${exercise.topic}`);
  for (const id of exercise.checklist) if (!checklistIds.includes(id)) problems.push(`${at}: unknown checklist item ${id}`);
  const checkIds = exercise.checks.map((c) => c.id);
  if (new Set(checkIds).size !== checkIds.length) problems.push(`${at}: two checks share an id`);
  return problems;
}

/** Every problem found, as sentences naming the file; empty when all exercises are complete. */
export function exerciseFolderProblems(root: string, exercises: readonly ExerciseDefinition[]): string[] {
  const problems: string[] = [];
  const folders = existsSync(root) ? readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()) : [];
  const listed = new Set(exercises.map((e) => e.id));
  for (const folder of folders) {
    if (!listed.has(folder)) problems.push(`playgrounds/exercises/${folder}/ is not listed in src/exercises/registry.ts`);
  }
  for (const exercise of exercises) {
    if (!folders.includes(exercise.id)) {
      problems.push(`src/exercises/registry.ts lists ${exercise.id}, but playgrounds/exercises/${exercise.id}/ does not exist`);
      continue;
    }
    for (const file of requiredFiles()) {
      const path = join(root, exercise.id, file);
      if (!existsSync(path) || readFileSync(path, 'utf8').trim() === '')
        problems.push(`playgrounds/exercises/${exercise.id}/${file} is missing or empty`);
    }
    problems.push(...definitionProblems(exercise));
  }
  return problems;
}
