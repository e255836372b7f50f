import type { KeyValueStorage } from '~/storage/guarded';

/** An in-memory `localStorage` stand-in that can be told to fail the way real browsers do. */
export class MemoryStorage implements KeyValueStorage {
  readonly data: Map<string, string>;
  failReads = false;
  failWrites = false;

  constructor(initial: Record<string, string> = {}) {
    this.data = new Map(Object.entries(initial));
  }

  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }

  removeItem(key: string): void {
    if (this.failWrites) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.delete(key);
  }
}
