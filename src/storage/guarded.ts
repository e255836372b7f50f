/**
 * Web Storage behind a guard, for every feature that keeps something in the reader's browser.
 * Nothing here throws: merely reading `window.localStorage` throws a SecurityError where the
 * browser blocks site data, and `setItem` throws a QuotaExceededError where storage is full or
 * disabled (some private modes), so each call reaches storage inside the guard and reports
 * failure as a value. Pure: the storage is looked up through the function passed in.
 */

/** The part of the Web Storage API used; `localStorage` satisfies it, and so does a test double. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage access that never throws: failures come back as `undefined` or `false`. */
export interface GuardedStorage {
  /** Whether storage exists and accepts a test write now (a full or read-only storage does not). */
  probe(): boolean;
  /**
   * The stored value; `null` when the key is absent (or holds something other than a string),
   * `undefined` when storage is missing or could not be read.
   */
  read(key: string): string | null | undefined;
  /** Whether the value was stored (false when storage is missing, forbidden or full). */
  write(key: string, value: string): boolean;
  /** Whether the key was removed. */
  remove(key: string): boolean;
}

const PROBE_KEY = 'modulo05.storage-probe';

/**
 * Guards the storage `getStorage` returns. It is called on every access, inside the guard, so
 * the lookup that throws where site data is blocked is caught like any other failure.
 */
export function guardStorage(getStorage: () => KeyValueStorage | null | undefined): GuardedStorage {
  const attempt = <T>(action: (storage: KeyValueStorage) => T, fallback: T): T => {
    try {
      const storage = getStorage();
      return storage ? action(storage) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    probe: () =>
      attempt((s) => {
        s.setItem(PROBE_KEY, '1');
        s.removeItem(PROBE_KEY);
        return true;
      }, false),
    read: (key) =>
      attempt<string | null | undefined>((s) => {
        const value = s.getItem(key);
        return typeof value === 'string' ? value : null;
      }, undefined),
    write: (key, value) =>
      attempt((s) => {
        s.setItem(key, value);
        return true;
      }, false),
    remove: (key) =>
      attempt((s) => {
        s.removeItem(key);
        return true;
      }, false),
  };
}
