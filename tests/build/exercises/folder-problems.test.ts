import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { exerciseFolderProblems, requiredFiles } from '~/build/exercises/folder-problems';
import { exercises } from '~/exercises/registry';

const root = fileURLToPath(new URL('../../../playgrounds/exercises/', import.meta.url));
let copies: string[] = [];

/** A copy of the exercise folders to break. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exercises-'));
  copies.push(dir);
  cpSync(root, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

describe('exercise folders', () => {
  it('are all complete and all listed', () => {
    expect(exerciseFolderProblems(root, exercises)).toEqual([]);
    expect(exercises.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of requiredFiles()) {
    it(`a missing ${file} is named`, () => {
      const dir = copy();
      rmSync(join(dir, 'n-plus-one', file));
      expect(exerciseFolderProblems(dir, exercises)).toEqual([`playgrounds/exercises/n-plus-one/${file} is missing or empty`]);
    });
  }

  it('an empty solution counts as missing', () => {
    const dir = copy();
    writeFileSync(join(dir, 'stale-cache', 'solution.en.ts'), '\n');
    expect(exerciseFolderProblems(dir, exercises)).toEqual(['playgrounds/exercises/stale-cache/solution.en.ts is missing or empty']);
  });

  it('a folder the registry does not list is named', () => {
    const dir = copy();
    mkdirSync(join(dir, 'new-exercise'));
    expect(exerciseFolderProblems(dir, exercises)).toEqual([
      'playgrounds/exercises/new-exercise/ is not listed in src/exercises/registry.ts',
    ]);
  });

  it('an exercise without checks, hints in one language or a known checklist item is named', () => {
    const [first, ...rest] = exercises;
    const broken = { ...first!, checks: [], hints: { ...first!.hints, en: [] }, checklist: ['db-sharding'] };
    expect(exerciseFolderProblems(root, [broken, ...rest])).toEqual([
      'playgrounds/exercises/n-plus-one/checks.ts defines no check',
      'playgrounds/exercises/n-plus-one/checks.ts needs the same number of hints (at least one) in every language',
      'playgrounds/exercises/n-plus-one/checks.ts: unknown checklist item db-sharding',
    ]);
  });
});
