import { describe, expect, it } from 'vitest';
import { checklist, checklistIds } from '~/data/checklist';
import { computeProgress } from '~/checklist/progress';
import { stateFromIds } from '~/checklist/state';

describe('computeProgress', () => {
  it("counts nothing done on an empty state, with the module's 17 items in groups of 5, 4, 4 and 4", () => {
    const progress = computeProgress(stateFromIds([], checklistIds), checklist);
    expect(progress).toEqual({
      done: 0,
      total: 17,
      percent: 0,
      groups: [
        { id: 'database', done: 0, total: 5 },
        { id: 'caching', done: 0, total: 4 },
        { id: 'api', done: 0, total: 4 },
        { id: 'infrastructure', done: 0, total: 4 },
      ],
    });
  });

  it('counts ticks in the group that holds them', () => {
    const state = stateFromIds(['db-indexes', 'db-explain', 'cache-ttl', 'infra-cdn'], checklistIds);
    const progress = computeProgress(state, checklist);
    expect(progress.groups.map((g) => g.done)).toEqual([2, 1, 0, 1]);
    expect(progress.done).toBe(4);
    expect(progress.percent).toBe(23);
  });

  it('rounds the percentage down so only a full checklist shows 100', () => {
    const allButOne = checklistIds.slice(0, -1);
    expect(computeProgress(stateFromIds(allButOne, checklistIds), checklist).percent).toBe(94);
    expect(computeProgress(stateFromIds(checklistIds, checklistIds), checklist).percent).toBe(100);
    expect(computeProgress(stateFromIds(['db-indexes'], checklistIds), checklist).percent).toBe(5);
  });

  it('ignores ticked ids no group holds', () => {
    const groups = [{ id: 'g', items: [{ id: 'a' }, { id: 'b' }] }];
    expect(computeProgress({ version: 1, ticked: ['a', 'zzz'] }, groups)).toEqual({
      done: 1,
      total: 2,
      percent: 50,
      groups: [{ id: 'g', done: 1, total: 2 }],
    });
  });

  it('reports 0% rather than NaN for a checklist with no items', () => {
    expect(computeProgress({ version: 1, ticked: [] }, []).percent).toBe(0);
  });
});
