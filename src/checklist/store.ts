import type { GuardedStorage } from '../storage/guarded';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from './storage-key';
import { parseStoredValue, serializeState, UNUSABLE_OUTCOMES } from './parse';
import { emptyState, mergeStates, sameState, setTicked, type ChecklistState } from './state';
import { exportFile, importFile, type ImportResult } from './transfer';

/** The tracker's state held in memory and mirrored to storage whenever storage lets it. */
export interface ChecklistStore {
  getState(): ChecklistState;
  /** False once storage is missing, forbidden or full: ticks then last only in memory. */
  canSave(): boolean;
  setTicked(id: string, ticked: boolean): void;
  clear(): void;
  /** Adds the ticks of an import file; on a bad file returns the error and changes nothing. */
  importText(text: string): ImportResult;
  exportText(now: Date): string;
  /**
   * Applies a change made in another tab, as reported by the `storage` event. A null `key` (storage
   * cleared, or a page back from the back/forward cache) re-reads the stored value.
   */
  applyExternalChange(key: string | null, newValue: string | null): void;
  /** Calls `listener` after every change of state or of `canSave`; returns an unsubscribe function. */
  subscribe(listener: (state: ChecklistState) => void): () => void;
}

/**
 * Loads the state (migrating the previous format and rewriting a damaged value in the current one)
 * and returns a store over it. Never throws, whatever storage holds or does.
 */
export function createChecklistStore(storage: GuardedStorage, knownIds: readonly string[]): ChecklistStore {
  const listeners = new Set<(state: ChecklistState) => void>();
  let saveWorks = storage.probe();
  let state = load();

  function load(): ChecklistState {
    const current = parseStoredValue(storage.read(STORAGE_KEY), knownIds);
    if (current.outcome === 'absent') {
      const legacy = parseStoredValue(storage.read(LEGACY_STORAGE_KEY), knownIds);
      if (legacy.outcome === 'absent') return current.state;
      if (UNUSABLE_OUTCOMES.has(legacy.outcome) || persist(legacy.state)) storage.remove(LEGACY_STORAGE_KEY);
      return legacy.state;
    }
    // Rewrite anything not already in the current format, so damage does not linger under the key.
    if (current.outcome !== 'current' && saveWorks) persist(current.state);
    return current.state;
  }

  function persist(next: ChecklistState): boolean {
    saveWorks = storage.write(STORAGE_KEY, serializeState(next));
    return saveWorks;
  }

  function commit(next: ChecklistState): void {
    const before = saveWorks;
    const changed = !sameState(state, next);
    state = next;
    persist(next);
    if (changed || before !== saveWorks) notify();
  }

  function notify(): void {
    for (const listener of listeners) listener(state);
  }

  return {
    getState: () => state,
    canSave: () => saveWorks,
    setTicked: (id, ticked) => commit(setTicked(state, id, ticked, knownIds)),
    clear: () => commit(emptyState()),
    importText(text) {
      const result = importFile(text, knownIds);
      if (result.ok) commit(mergeStates(state, result.state, knownIds));
      return result;
    },
    exportText: (now) => exportFile(state, now),
    applyExternalChange(key, newValue) {
      if (key !== null && key !== STORAGE_KEY) return;
      // While saving fails, memory holds ticks storage does not: re-reading storage would lose them.
      if (key === null && !saveWorks) return;
      const next = parseStoredValue(key === null ? storage.read(STORAGE_KEY) : newValue, knownIds).state;
      if (sameState(state, next)) return;
      state = next;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
