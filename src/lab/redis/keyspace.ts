import { SortedSet } from './sorted-set';
import { errors, fail } from './reply';

/** A value Redis holds under a key: the types the lab implements. */
type RedisValue = { type: 'string'; value: string } | { type: 'hash'; value: Map<string, string> } | { type: 'zset'; value: SortedSet };

interface Entry {
  data: RedisValue;
  /** Absolute expiry in unix ms on the virtual clock, or null for no TTL (a bigint: Redis allows any int64 deadline). */
  expireAt: bigint | null;
  /** Creation order, so SCAN can promise every key that lives through an iteration is returned. */
  seq: number;
}

/** Counters as Redis's INFO reports them. */
interface KeyspaceStats {
  commands: Map<string, number>;
  hits: number;
  misses: number;
}

/**
 * The database of one Redis server: keys, values, TTLs (checked lazily against the virtual clock,
 * as Redis's own lazy expiry does on access) and the hit/miss counters of read lookups.
 */
export class Keyspace {
  private readonly entries = new Map<string, Entry>();
  private seq = 0;
  readonly stats: KeyspaceStats = { commands: new Map(), hits: 0, misses: 0 };

  /** `now` returns unix milliseconds on the virtual clock. */
  constructor(readonly now: () => number) {}

  private live(key: string): Entry | undefined {
    const e = this.entries.get(key);
    // Redis keeps a key during the millisecond it expires at: it is expired once now > expireAt.
    if (e && e.expireAt !== null && e.expireAt < this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  /** A read lookup: counts a keyspace hit or miss, like Redis's lookupKeyRead. */
  read(key: string): RedisValue | undefined {
    const e = this.live(key);
    if (e) this.stats.hits++;
    else this.stats.misses++;
    return e?.data;
  }

  /** A write lookup: no hit/miss accounting. */
  write(key: string): RedisValue | undefined {
    return this.live(key)?.data;
  }

  /** Read lookup that fails with WRONGTYPE when the key holds another type. */
  readTyped<T extends RedisValue['type']>(key: string, type: T): Extract<RedisValue, { type: T }> | undefined {
    return checkType(this.read(key), type);
  }

  /** Write lookup that fails with WRONGTYPE when the key holds another type. */
  writeTyped<T extends RedisValue['type']>(key: string, type: T): Extract<RedisValue, { type: T }> | undefined {
    return checkType(this.write(key), type);
  }

  /** Stores a value; `keepTtl` keeps the key's TTL (INCR, APPEND), otherwise it is cleared (SET). */
  set(key: string, data: RedisValue, keepTtl = false): void {
    const old = this.live(key);
    this.entries.set(key, {
      data,
      expireAt: keepTtl && old ? old.expireAt : null,
      seq: old ? old.seq : this.seq++,
    });
  }

  /** Deletes a key; true when it existed. */
  delete(key: string): boolean {
    return this.live(key) !== undefined && this.entries.delete(key);
  }

  exists(key: string): boolean {
    return this.live(key) !== undefined;
  }

  /** Absolute expiry in unix ms, or null (no TTL), or undefined (no key). */
  expireAt(key: string): bigint | null | undefined {
    const e = this.live(key);
    return e ? e.expireAt : undefined;
  }

  setExpireAt(key: string, at: bigint | null): void {
    const e = this.live(key);
    if (e) e.expireAt = at;
  }

  /** Live keys in creation order, with their creation sequence (for KEYS and SCAN). */
  keys(): { key: string; seq: number; type: RedisValue['type'] }[] {
    const out: { key: string; seq: number; type: RedisValue['type'] }[] = [];
    for (const key of [...this.entries.keys()]) {
      const e = this.live(key);
      if (e) out.push({ key, seq: e.seq, type: e.data.type });
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  get size(): number {
    return this.keys().length;
  }

  flush(): void {
    this.entries.clear();
  }
}

function checkType<T extends RedisValue['type']>(v: RedisValue | undefined, type: T): Extract<RedisValue, { type: T }> | undefined {
  if (v === undefined) return undefined;
  if (v.type !== type) fail(errors.wrongType);
  return v as Extract<RedisValue, { type: T }>;
}
