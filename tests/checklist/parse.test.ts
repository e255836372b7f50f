import { afterEach, describe, expect, it } from 'vitest';
import { checklistIds } from '~/data/checklist';
import { parseStoredJson, parseStoredValue, serializeState, UNUSABLE_OUTCOMES } from '~/checklist/parse';
import type { ChecklistState } from '~/checklist/state';
import { badStoredValues } from './bad-stored-values';

/** A valid state: version 1, known ids only, no duplicates, in the checklist's order. */
function expectValidState(state: ChecklistState): void {
  expect(state.version).toBe(1);
  expect(Array.isArray(state.ticked)).toBe(true);
  expect(state.ticked).toEqual(checklistIds.filter((id) => state.ticked.includes(id)));
  expect(new Set(state.ticked).size).toBe(state.ticked.length);
}

afterEach(() => {
  // A parser that merged a "__proto__" key into a plain object would leave this behind on every object.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('parseStoredValue over bad stored values', () => {
  it('has a table of more than fifty bad values with distinct names', () => {
    expect(badStoredValues.length).toBeGreaterThan(50);
    expect(new Set(badStoredValues.map((v) => v.name)).size).toBe(badStoredValues.length);
  });

  it.each(badStoredValues)('$name → a valid state keeping only what it can vouch for', ({ raw, keeps }) => {
    const result = parseStoredValue(raw, checklistIds);
    expectValidState(result.state);
    expect(result.state.ticked).toEqual(keeps);
  });

  it('never returns the input object itself, so later edits of one cannot reach the other', () => {
    const input = { version: 1, ticked: ['db-indexes'] };
    const { state } = parseStoredJson(input, checklistIds);
    expect(state).not.toBe(input);
    expect(state.ticked).not.toBe(input.ticked);
  });
});

describe('parseStoredValue outcomes', () => {
  it('reports nothing stored for null, undefined and blank values', () => {
    for (const raw of [null, undefined, '', '  ']) expect(parseStoredValue(raw, checklistIds).outcome).toBe('absent');
  });

  it('takes the current format as is', () => {
    const raw = serializeState({ version: 1, ticked: ['db-indexes', 'infra-cdn'] });
    expect(parseStoredValue(raw, checklistIds)).toEqual({
      state: { version: 1, ticked: ['db-indexes', 'infra-cdn'] },
      outcome: 'current',
      dropped: 0,
    });
  });

  it('tells apart what it migrated, repaired and could not use', () => {
    const outcome = (raw: string) => parseStoredValue(raw, checklistIds).outcome;
    expect(outcome('["db-indexes"]')).toBe('migrated');
    expect(outcome('{"db-indexes":true}')).toBe('migrated');
    expect(outcome('{"version":1,"ticked":["db-indexes","gone"]}')).toBe('repaired');
    expect(outcome('{"version":2,"ticked":["db-indexes"]}')).toBe('repaired');
    expect(outcome('not json')).toBe('not-json');
    expect(outcome('{"version":1}')).toBe('wrong-shape');
    expect(outcome('x'.repeat(300_000))).toBe('too-large');
    expect(UNUSABLE_OUTCOMES).toEqual(new Set(['too-large', 'not-json', 'wrong-shape']));
  });

  it('counts the entries it dropped', () => {
    expect(parseStoredValue('{"version":1,"ticked":["db-indexes",1,"gone","db-indexes"]}', checklistIds).dropped).toBe(3);
    expect(parseStoredValue('{"db-indexes":true,"gone":true,"cache-ttl":"yes"}', checklistIds).dropped).toBe(2);
  });

  it('serialises a state into what it parses back unchanged', () => {
    const state: ChecklistState = { version: 1, ticked: [...checklistIds] };
    expect(parseStoredValue(serializeState(state), checklistIds).state).toEqual(state);
  });
});
