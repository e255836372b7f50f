import { describe, expect, it } from 'vitest';
import { checklistIds } from '~/data/checklist';
import { emptyState, isTicked, sameState, setTicked, stateFromIds } from '~/checklist/state';

describe('checklist state', () => {
  it('keeps ticks in checklist order whatever order they come in', () => {
    expect(stateFromIds(['infra-cdn', 'db-indexes', 'api-async'], checklistIds).ticked).toEqual(['db-indexes', 'api-async', 'infra-cdn']);
  });

  it('ticks and unticks one item without touching the others', () => {
    let state = stateFromIds(['db-indexes'], checklistIds);
    state = setTicked(state, 'cache-ttl', true, checklistIds);
    expect(isTicked(state, 'cache-ttl')).toBe(true);
    state = setTicked(state, 'db-indexes', false, checklistIds);
    expect(state.ticked).toEqual(['cache-ttl']);
  });

  it('returns the same state for an unknown id', () => {
    const state = emptyState();
    expect(setTicked(state, 'nope', true, checklistIds)).toBe(state);
  });

  it('compares states by their ticks', () => {
    expect(sameState(stateFromIds(['db-indexes'], checklistIds), stateFromIds(['db-indexes'], checklistIds))).toBe(true);
    expect(sameState(stateFromIds(['db-indexes'], checklistIds), emptyState())).toBe(false);
  });
});
