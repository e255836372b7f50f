import { describe, expect, it } from 'vitest';
import { openSafeStorage } from '~/checklist/safe-storage';
import { MemoryStorage } from './memory-storage';

describe('openSafeStorage', () => {
  it('passes reads and writes through to working storage and leaves no probe key behind', () => {
    const storage = new MemoryStorage();
    const safe = openSafeStorage(() => storage);
    expect(safe.available).toBe(true);
    expect(storage.data.size).toBe(0);
    expect(safe.write('k', 'v')).toBe(true);
    expect(safe.read('k')).toBe('v');
    expect(safe.remove('k')).toBe(true);
    expect(safe.read('k')).toBeNull();
  });

  it.each([
    ['missing (undefined)', () => undefined],
    ['missing (null)', () => null],
    ['throwing a SecurityError on access', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    }],
  ])('reports storage %s as unavailable and answers every call without throwing', (_name, get) => {
    const safe = openSafeStorage(get);
    expect(safe.available).toBe(false);
    expect(safe.read('k')).toBeNull();
    expect(safe.write('k', 'v')).toBe(false);
    expect(safe.remove('k')).toBe(false);
  });

  it('reports full storage as unavailable but still reads what is there', () => {
    const storage = new MemoryStorage();
    storage.data.set('k', 'old');
    storage.failWrites = true;
    const safe = openSafeStorage(() => storage);
    expect(safe.available).toBe(false);
    expect(safe.read('k')).toBe('old');
    expect(safe.write('k', 'new')).toBe(false);
  });

  it('turns a getItem that returns something odd into null', () => {
    const odd = { getItem: () => 42 as unknown as string, setItem: () => {}, removeItem: () => {} };
    expect(openSafeStorage(() => odd).read('k')).toBeNull();
  });
});
