import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STORAGE_KEY } from '~/checklist/storage-key';
import {
  EDITS_STORAGE_KEY,
  MAX_EDIT_CHARS,
  MAX_SAVED_EDITS,
  clearEdit,
  fingerprint,
  loadEdit,
  parseEdits,
  saveEdit,
  serializeEdits,
} from '~/playground/edits-storage';
import { guardStorage, type GuardedStorage, type KeyValueStorage } from '~/storage/guarded';
import { MemoryStorage } from '../storage/memory-storage';

/** An in-memory Web Storage behind the guard, with its data in view. */
function memoryStorage(initial: Record<string, string> = {}): GuardedStorage & { data: Map<string, string>; raw: MemoryStorage } {
  const raw = new MemoryStorage(initial);
  return { ...guardStorage(() => raw), data: raw.data, raw };
}

const valid = { source: 'console.log(1)', base: fingerprint('console.log(0)'), savedAt: 1_700_000_000_000 };

describe('parseEdits', () => {
  const badValues: Array<[string, string | null | undefined]> = [
    ['nothing stored', null],
    ['undefined', undefined],
    ['empty string', ''],
    ['not JSON', '{edits: oops'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"edits"'],
    ['an array', '[1,2]'],
    ['edits missing', '{}'],
    ['edits is an array', '{"edits":[{"source":"x"}]}'],
    ['edits is a string', '{"edits":"x"}'],
    ['entry is null', '{"edits":{"golden-rule-io/en":null}}'],
    ['entry lacks source', `{"edits":{"golden-rule-io/en":{"base":"${valid.base}","savedAt":1}}}`],
    ['source not a string', `{"edits":{"golden-rule-io/en":{"source":5,"base":"${valid.base}","savedAt":1}}}`],
    ['bad fingerprint', '{"edits":{"golden-rule-io/en":{"source":"x","base":"zz","savedAt":1}}}'],
    ['savedAt not finite', `{"edits":{"golden-rule-io/en":{"source":"x","base":"${valid.base}","savedAt":"soon"}}}`],
    ['unknown locale', `{"edits":{"golden-rule-io/fr":${JSON.stringify(valid)}}}`],
    ['key without locale', `{"edits":{"golden-rule-io":${JSON.stringify(valid)}}}`],
    ['prototype key', `{"edits":{"__proto__":${JSON.stringify(valid)}}}`],
    ['path-like key', `{"edits":{"../x/en":${JSON.stringify(valid)}}}`],
    ['huge source', `{"edits":{"golden-rule-io/en":${JSON.stringify({ ...valid, source: 'x'.repeat(MAX_EDIT_CHARS + 1) })}}}`],
  ];
  for (const [name, raw] of badValues) {
    it(`turns ${name} into no edits`, () => {
      const edits = parseEdits(raw);
      expect(Object.keys(edits)).toEqual([]);
      expect(Object.getPrototypeOf(edits)).toBeNull();
    });
  }

  it('keeps valid entries next to broken ones', () => {
    const raw = JSON.stringify({ edits: { 'golden-rule-io/en': valid, 'n-plus-one/pt-BR': { source: 1 }, junk: valid } });
    expect(parseEdits(raw)).toEqual({ 'golden-rule-io/en': valid });
  });

  it('keeps only the most recent edits past the limit', () => {
    const edits = Object.fromEntries(Array.from({ length: MAX_SAVED_EDITS + 5 }, (_, i) => [`p${i}/en`, { ...valid, savedAt: i }]));
    const parsed = parseEdits(JSON.stringify({ edits }));
    expect(Object.keys(parsed)).toHaveLength(MAX_SAVED_EDITS);
    expect(parsed['p0/en']).toBeUndefined();
    expect(parsed[`p${MAX_SAVED_EDITS + 4}/en`]).toBeDefined();
  });

  it('never throws and always returns valid edits, whatever is stored', () => {
    const stored = fc.oneof(
      fc.string(),
      fc.anything().map((v) => JSON.stringify(v) ?? ''),
      fc.dictionary(fc.string(), fc.anything()).map((edits) => JSON.stringify({ edits })),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const edits = parseEdits(raw);
        for (const [key, e] of Object.entries(edits)) {
          expect(key).toMatch(/^[a-z0-9-]+\/(pt-BR|en)$/);
          expect(typeof e.source).toBe('string');
          expect(e.base).toMatch(/^[0-9a-f]{8}$/);
        }
        expect(parseEdits(serializeEdits(edits))).toEqual(edits);
      }),
      { numRuns: 500 },
    );
  });
});

describe('saveEdit / loadEdit / clearEdit', () => {
  const original = 'console.log("original")';

  it('saves an edit per playground and per locale, and loads it back', () => {
    const storage = memoryStorage();
    expect(saveEdit(storage, 'golden-rule-io', 'en', 'console.log("mine")', original, 5)).toBe('saved');
    expect(loadEdit(storage, 'golden-rule-io', 'en')).toEqual({
      edit: { source: 'console.log("mine")', base: fingerprint(original), savedAt: 5 },
      storageAvailable: true,
    });
    expect(loadEdit(storage, 'golden-rule-io', 'pt-BR').edit).toBeUndefined();
    expect(loadEdit(storage, 'n-plus-one', 'en').edit).toBeUndefined();
  });

  it('forgets the edit when the text is back to the original, and removes the key when nothing is left', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'golden-rule-io', 'en', 'changed', original);
    expect(saveEdit(storage, 'golden-rule-io', 'en', original, original)).toBe('cleared');
    expect(storage.data.has(EDITS_STORAGE_KEY)).toBe(false);
  });

  it('does not create the key when an unedited playground is saved', () => {
    const storage = memoryStorage();
    expect(saveEdit(storage, 'golden-rule-io', 'en', original, original)).toBe('cleared');
    expect(storage.data.size).toBe(0);
  });

  it('reset clears one playground and keeps the others', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'golden-rule-io', 'en', 'a', original);
    saveEdit(storage, 'golden-rule-io', 'pt-BR', 'b', original);
    expect(clearEdit(storage, 'golden-rule-io', 'en')).toBe('cleared');
    expect(loadEdit(storage, 'golden-rule-io', 'en').edit).toBeUndefined();
    expect(loadEdit(storage, 'golden-rule-io', 'pt-BR').edit?.source).toBe('b');
  });

  it('never touches other keys, such as the checklist', () => {
    const checklist = '{"v":1,"done":["db-indexes"]}';
    const storage = memoryStorage({ [STORAGE_KEY]: checklist, 'starlight-theme': 'dark' });
    saveEdit(storage, 'golden-rule-io', 'en', 'x', original);
    clearEdit(storage, 'golden-rule-io', 'en');
    saveEdit(storage, 'golden-rule-io', 'en', 'y', original);
    expect(storage.data.get(STORAGE_KEY)).toBe(checklist);
    expect(storage.data.get('starlight-theme')).toBe('dark');
  });

  it('keeps edits another tab saved since this page loaded', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'n-plus-one', 'en', 'other tab', original);
    saveEdit(storage, 'golden-rule-io', 'en', 'this tab', original);
    expect(loadEdit(storage, 'n-plus-one', 'en').edit?.source).toBe('other tab');
  });

  it('replaces a garbage value under its key with valid data on the next save', () => {
    const storage = memoryStorage({ [EDITS_STORAGE_KEY]: '{not json' });
    expect(loadEdit(storage, 'golden-rule-io', 'en')).toEqual({ edit: undefined, storageAvailable: true });
    expect(saveEdit(storage, 'golden-rule-io', 'en', 'x', original)).toBe('saved');
    expect(parseEdits(storage.data.get(EDITS_STORAGE_KEY))['golden-rule-io/en']?.source).toBe('x');
  });

  it('reports missing or throwing storage instead of throwing', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const missing = guardStorage(() => undefined);
    const blocked = guardStorage(() => throwing);
    expect(loadEdit(missing, 'golden-rule-io', 'en')).toEqual({ storageAvailable: false });
    expect(loadEdit(blocked, 'golden-rule-io', 'en')).toEqual({ storageAvailable: false });
    expect(saveEdit(missing, 'golden-rule-io', 'en', 'x', original)).toBe('unavailable');
    expect(saveEdit(blocked, 'golden-rule-io', 'en', 'x', original)).toBe('unavailable');
    expect(clearEdit(blocked, 'golden-rule-io', 'en')).toBe('unavailable');
  });

  it('reports a full storage and keeps what was stored before', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'golden-rule-io', 'en', 'first', original);
    const before = storage.data.get(EDITS_STORAGE_KEY);
    storage.raw.failWrites = true; // setItem throws a QuotaExceededError
    expect(saveEdit(storage, 'golden-rule-io', 'en', 'second', original)).toBe('unavailable');
    expect(storage.data.get(EDITS_STORAGE_KEY)).toBe(before);
  });

  it('refuses an edit too large to be a lesson sample, without losing the saved one', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'golden-rule-io', 'en', 'kept', original);
    expect(saveEdit(storage, 'golden-rule-io', 'en', 'x'.repeat(MAX_EDIT_CHARS + 1), original)).toBe('too-large');
    expect(loadEdit(storage, 'golden-rule-io', 'en').edit?.source).toBe('kept');
  });

  it('records which original an edit started from', () => {
    const storage = memoryStorage();
    saveEdit(storage, 'golden-rule-io', 'en', 'x', original);
    expect(loadEdit(storage, 'golden-rule-io', 'en').edit?.base).toBe(fingerprint(original));
    expect(fingerprint(original)).not.toBe(fingerprint(`${original} `));
  });
});
