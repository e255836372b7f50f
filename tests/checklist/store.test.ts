import { describe, expect, it, vi } from 'vitest';
import { checklistIds } from '~/data/checklist';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from '~/checklist/storage-key';
import { parseStoredValue, serializeState } from '~/checklist/parse';
import { createChecklistStore } from '~/checklist/store';
import { exportFile } from '~/checklist/transfer';
import { stateFromIds } from '~/checklist/state';
import { guardStorage } from '~/storage/guarded';
import { badStoredValues } from './bad-stored-values';
import { MemoryStorage } from '../storage/memory-storage';

const storeOver = (storage: MemoryStorage) =>
  createChecklistStore(
    guardStorage(() => storage),
    checklistIds,
  );
const stored = (storage: MemoryStorage) => storage.data.get(STORAGE_KEY);

describe('loading', () => {
  it('starts empty when nothing is stored, and writes nothing until the reader ticks', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    expect(store.getState().ticked).toEqual([]);
    expect(store.canSave()).toBe(true);
    expect(storage.data.size).toBe(0);
  });

  it.each(badStoredValues)('survives "$name" under the key and rewrites it in the current format', ({ raw, keeps }) => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, raw);
    const store = storeOver(storage);
    expect(store.getState().ticked).toEqual(keeps);
    const after = parseStoredValue(stored(storage), checklistIds);
    // Either the value was already canonical apart from order, or it has been rewritten.
    expect(['current', 'absent']).toContain(after.outcome);
    expect(after.state.ticked).toEqual(keeps);
  });

  it('migrates the previous format from the unversioned key and removes it', () => {
    const storage = new MemoryStorage();
    storage.data.set(LEGACY_STORAGE_KEY, '{"db-indexes":true,"cache-ttl":false,"infra-cdn":true}');
    const store = storeOver(storage);
    expect(store.getState().ticked).toEqual(['db-indexes', 'infra-cdn']);
    expect(stored(storage)).toBe(serializeState(stateFromIds(['db-indexes', 'infra-cdn'], checklistIds)));
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false);
  });

  it('prefers the current key over a leftover previous-format value', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, serializeState(stateFromIds(['api-async'], checklistIds)));
    storage.data.set(LEGACY_STORAGE_KEY, '["db-indexes"]');
    expect(storeOver(storage).getState().ticked).toEqual(['api-async']);
  });

  it('drops an unreadable previous-format value', () => {
    const storage = new MemoryStorage();
    storage.data.set(LEGACY_STORAGE_KEY, '{{{');
    expect(storeOver(storage).getState().ticked).toEqual([]);
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false);
  });
});

describe('ticking', () => {
  it('saves every change under the one versioned key', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.setTicked('cache-ttl', true);
    store.setTicked('db-indexes', true);
    store.setTicked('cache-ttl', false);
    expect(stored(storage)).toBe('{"version":1,"ticked":["db-indexes"]}');
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY]);
    expect(storeOver(storage).getState().ticked).toEqual(['db-indexes']);
  });

  it('ignores an id the checklist does not have', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.setTicked('__proto__', true);
    store.setTicked('db-sharding', true);
    expect(store.getState().ticked).toEqual([]);
  });

  it('tells subscribers about changes and stops when they unsubscribe', () => {
    const store = storeOver(new MemoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setTicked('api-async', true);
    store.setTicked('api-async', true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenLastCalledWith({ version: 1, ticked: ['api-async'] });
    unsubscribe();
    store.clear();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('clears every tick', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    for (const id of checklistIds) store.setTicked(id, true);
    store.clear();
    expect(store.getState().ticked).toEqual([]);
    expect(stored(storage)).toBe('{"version":1,"ticked":[]}');
  });
});

describe('import and export through the store', () => {
  it('restores in a fresh browser what another exported', () => {
    const first = storeOver(new MemoryStorage());
    for (const id of ['db-n-plus-one', 'cache-invalidation', 'infra-load-balancer']) first.setTicked(id, true);
    const file = first.exportText(new Date('2026-03-01T00:00:00Z'));

    const freshStorage = new MemoryStorage();
    const fresh = storeOver(freshStorage);
    expect(fresh.importText(file)).toMatchObject({ ok: true });
    expect(fresh.getState()).toEqual(first.getState());
    expect(storeOver(freshStorage).getState()).toEqual(first.getState());
  });

  it('adds imported ticks to the ones already there', () => {
    const store = storeOver(new MemoryStorage());
    store.setTicked('infra-cdn', true);
    store.importText(exportFile(stateFromIds(['db-indexes'], checklistIds), new Date()));
    expect(store.getState().ticked).toEqual(['db-indexes', 'infra-cdn']);
  });

  it('changes nothing, stored or in memory, on a bad file', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.setTicked('infra-cdn', true);
    const before = stored(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    for (const bad of ['', 'not json', '{"name":"pkg"}', '{"format":"other-app","ticked":["db-indexes"]}', '1e400', 'x'.repeat(300_000)]) {
      expect(store.importText(bad).ok).toBe(false);
    }
    expect(store.getState().ticked).toEqual(['infra-cdn']);
    expect(stored(storage)).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('changes from other tabs', () => {
  it('takes the new value another tab stored', () => {
    const storage = new MemoryStorage();
    const mine = storeOver(storage);
    const other = storeOver(storage);
    const listener = vi.fn();
    mine.subscribe(listener);
    other.setTicked('api-rate-limiting', true);
    mine.applyExternalChange(STORAGE_KEY, stored(storage) ?? null);
    expect(mine.getState().ticked).toEqual(['api-rate-limiting']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores other keys and parses garbage another tab wrote into a valid state', () => {
    const store = storeOver(new MemoryStorage());
    store.setTicked('db-indexes', true);
    store.applyExternalChange('starlight-theme', 'dark');
    expect(store.getState().ticked).toEqual(['db-indexes']);
    store.applyExternalChange(STORAGE_KEY, '{"__proto__":{"ticked":["x"]}}');
    expect(store.getState().ticked).toEqual([]);
  });

  it('re-reads storage when another tab cleared it all', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.setTicked('db-indexes', true);
    storage.data.clear();
    store.applyExternalChange(null, null);
    expect(store.getState().ticked).toEqual([]);
  });
});

describe('when storage fails', () => {
  it('works in memory when localStorage is missing', () => {
    const store = createChecklistStore(
      guardStorage(() => undefined),
      checklistIds,
    );
    expect(store.canSave()).toBe(false);
    store.setTicked('db-indexes', true);
    expect(store.getState().ticked).toEqual(['db-indexes']);
    expect(store.canSave()).toBe(false);
  });

  it('works in memory when reaching localStorage throws a SecurityError', () => {
    const store = createChecklistStore(
      guardStorage(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
      checklistIds,
    );
    expect(store.canSave()).toBe(false);
    store.setTicked('cache-ttl', true);
    expect(store.getState().ticked).toEqual(['cache-ttl']);
  });

  it('works in memory when every read and write throws', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    storage.failWrites = true;
    const store = storeOver(storage);
    expect(store.canSave()).toBe(false);
    store.setTicked('cache-ttl', true);
    expect(store.getState().ticked).toEqual(['cache-ttl']);
    // An event with a null key cannot be trusted to re-read anything: memory keeps the visit's ticks.
    store.applyExternalChange(null, null);
    expect(store.getState().ticked).toEqual(['cache-ttl']);
  });

  it('keeps what was saved, reads it back, and reports when the quota is exceeded', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, serializeState(stateFromIds(['db-indexes'], checklistIds)));
    storage.failWrites = true;
    const store = storeOver(storage);
    expect(store.getState().ticked).toEqual(['db-indexes']);
    expect(store.canSave()).toBe(false);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setTicked('db-pooling', true);
    expect(store.getState().ticked).toEqual(['db-indexes', 'db-pooling']);
    expect(stored(storage)).toBe('{"version":1,"ticked":["db-indexes"]}');

    storage.failWrites = false;
    store.setTicked('db-explain', true);
    expect(store.canSave()).toBe(true);
    expect(stored(storage)).toBe('{"version":1,"ticked":["db-indexes","db-pooling","db-explain"]}');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('notifies when saving starts failing even if the ticks did not change', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    storage.failWrites = true;
    store.clear();
    expect(store.canSave()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
