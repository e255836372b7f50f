/** The part of the Web Storage API the tracker uses; `localStorage` satisfies it, and so does a test double. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage access that never throws: failures come back as `null` or `false`. */
export interface SafeStorage {
  /** Whether storage exists and accepted a test write when opened. */
  readonly available: boolean;
  /** The stored value, or null when absent or unreadable. */
  read(key: string): string | null;
  /** Whether the value was stored (false when storage is missing, forbidden or full). */
  write(key: string, value: string): boolean;
  /** Whether the key was removed. */
  remove(key: string): boolean;
}

const PROBE_KEY = 'modulo05.checklist.probe';

/**
 * Opens storage behind a guard. `getStorage` is called inside the guard because merely reading
 * `window.localStorage` throws a SecurityError where the browser blocks site data; setItem throws
 * a QuotaExceededError where storage is full or disabled (some private modes).
 */
export function openSafeStorage(getStorage: () => KeyValueStorage | null | undefined): SafeStorage {
  let storage: KeyValueStorage | null = null;
  try {
    storage = getStorage() ?? null;
  } catch {
    storage = null;
  }
  const attempt = <T>(action: (s: KeyValueStorage) => T, fallback: T): T => {
    if (!storage) return fallback;
    try {
      return action(storage);
    } catch {
      return fallback;
    }
  };
  const available = attempt((s) => {
    s.setItem(PROBE_KEY, '1');
    s.removeItem(PROBE_KEY);
    return true;
  }, false);
  return {
    available,
    read: (key) => attempt((s) => {
      const value = s.getItem(key);
      return typeof value === 'string' ? value : null;
    }, null),
    write: (key, value) => attempt((s) => {
      s.setItem(key, value);
      return true;
    }, false),
    remove: (key) => attempt((s) => {
      s.removeItem(key);
      return true;
    }, false),
  };
}
