import { describe, expect, it } from 'vitest';
import { guardStorage } from '~/storage/guarded';
import { MemoryStorage } from './memory-storage';

describe('guardStorage', () => {
  it('passes reads and writes through to working storage and leaves no probe key behind', () => {
    const storage = new MemoryStorage();
    const guarded = guardStorage(() => storage);
    expect(guarded.probe()).toBe(true);
    expect(storage.data.size).toBe(0);
    expect(guarded.write('k', 'v')).toBe(true);
    expect(guarded.read('k')).toBe('v');
    expect(guarded.remove('k')).toBe(true);
    expect(guarded.read('k')).toBeNull();
  });

  it.each([
    ['missing (undefined)', () => undefined],
    ['missing (null)', () => null],
    [
      'throwing a SecurityError on access',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
  ])('reports storage %s as unavailable and answers every call without throwing', (_name, get) => {
    const guarded = guardStorage(get);
    expect(guarded.probe()).toBe(false);
    // Unreadable, which callers must be able to tell from an absent key (null).
    expect(guarded.read('k')).toBeUndefined();
    expect(guarded.write('k', 'v')).toBe(false);
    expect(guarded.remove('k')).toBe(false);
  });

  it('reports full storage as unavailable but still reads what is there', () => {
    const storage = new MemoryStorage({ k: 'old' });
    storage.failWrites = true;
    const guarded = guardStorage(() => storage);
    expect(guarded.probe()).toBe(false);
    expect(guarded.read('k')).toBe('old');
    expect(guarded.write('k', 'new')).toBe(false);
    expect(guarded.remove('k')).toBe(false);
    expect(storage.data.get('k')).toBe('old');
  });

  it('reports a storage whose reads throw as unreadable, not as empty', () => {
    const storage = new MemoryStorage({ k: 'kept' });
    storage.failReads = true;
    expect(guardStorage(() => storage).read('k')).toBeUndefined();
  });

  it('turns a getItem that returns something odd into null', () => {
    const odd = { getItem: () => 42 as unknown as string, setItem: () => {}, removeItem: () => {} };
    expect(guardStorage(() => odd).read('k')).toBeNull();
  });

  it('looks storage up on every call, so a lookup that fails once does not stick', () => {
    let blocked = true;
    const storage = new MemoryStorage();
    const guarded = guardStorage(() => {
      if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return storage;
    });
    expect(guarded.write('k', 'v')).toBe(false);
    blocked = false;
    expect(guarded.write('k', 'v')).toBe(true);
    expect(storage.data.get('k')).toBe('v');
  });
});
