import { MAX_STORED_CHARS } from './storage-key';
import { emptyState, stateFromIds, type ChecklistState } from './state';

/**
 * What the parser made of a stored value or an import file.
 * - `absent`: nothing there (null or blank).
 * - `current`: the current format, taken as is.
 * - `migrated`: a previous format (id array or id → boolean map), converted.
 * - `repaired`: a recognised shape from which entries were dropped (unknown ids, wrong types, other version).
 * - `too-large`, `not-json`, `wrong-shape`: nothing usable; the state is empty.
 */
type ParseOutcome = 'absent' | 'current' | 'migrated' | 'repaired' | 'too-large' | 'not-json' | 'wrong-shape';

interface ParseResult {
  /** Always a valid state, whatever the input was. */
  state: ChecklistState;
  outcome: ParseOutcome;
  /** How many entries were found but not kept (unknown ids, duplicates, values of the wrong type). */
  dropped: number;
}

/** Outcomes after which nothing of the input was usable. */
export const UNUSABLE_OUTCOMES: ReadonlySet<ParseOutcome> = new Set(['too-large', 'not-json', 'wrong-shape']);

/**
 * Turns whatever was found under the storage key (or read from an import file) into a valid state.
 * Never throws: garbage, the wrong JSON shape, unknown ids, huge values and prototype-pollution keys
 * all end up either dropped or as an empty state. Only own properties are read, and the result is a
 * fresh object holding known ids only.
 */
export function parseStoredValue(raw: string | null | undefined, knownIds: readonly string[]): ParseResult {
  const decoded = decodeStoredText(raw);
  if (!decoded.ok) return { state: emptyState(), outcome: decoded.outcome, dropped: 0 };
  return parseStoredJson(decoded.value, knownIds);
}

/** A stored value or import file as JSON, or why it is not usable as JSON at all. */
type Decoded = { ok: true; value: unknown } | { ok: false; outcome: 'absent' | 'too-large' | 'not-json' };

/** The JSON inside a stored value or an import file; the first step of {@link parseStoredValue}. */
export function decodeStoredText(raw: string | null | undefined): Decoded {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, outcome: 'absent' };
  if (raw.length > MAX_STORED_CHARS) return { ok: false, outcome: 'too-large' };
  try {
    // A byte-order mark is what some editors put in front of a saved JSON file.
    return { ok: true, value: JSON.parse(raw.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, outcome: 'not-json' };
  }
}

/** Like {@link parseStoredValue}, for a value already decoded from JSON. */
export function parseStoredJson(value: unknown, knownIds: readonly string[]): ParseResult {
  const known = new Set(knownIds);
  if (Array.isArray(value)) {
    const { ids, dropped } = idsFromArray(value, known);
    return { state: stateFromIds(ids, knownIds), outcome: 'migrated', dropped };
  }
  if (!isPlainRecord(value)) return { state: emptyState(), outcome: 'wrong-shape', dropped: 0 };

  if (hasOwn(value, 'ticked')) {
    const ticked = value['ticked'];
    const found = Array.isArray(ticked) ? idsFromArray(ticked, known) : isPlainRecord(ticked) ? idsFromMap(ticked, known) : undefined;
    if (!found) return { state: emptyState(), outcome: 'wrong-shape', dropped: 0 };
    const exact = value['version'] === 1 && Array.isArray(ticked) && found.dropped === 0;
    return { state: stateFromIds(found.ids, knownIds), outcome: exact ? 'current' : 'repaired', dropped: found.dropped };
  }
  if (hasOwn(value, 'version')) return { state: emptyState(), outcome: 'wrong-shape', dropped: 0 };

  // The previous format: `{ "<id>": true, ... }`. At least one boolean value, or it is someone else's object.
  const entries = Object.keys(value);
  if (!entries.some((key) => typeof value[key] === 'boolean')) {
    return { state: emptyState(), outcome: 'wrong-shape', dropped: 0 };
  }
  const { ids, dropped } = idsFromMap(value, known);
  return { state: stateFromIds(ids, knownIds), outcome: dropped === 0 ? 'migrated' : 'repaired', dropped };
}

/** Serialises a state the way it is stored under the current key. */
export function serializeState(state: ChecklistState): string {
  return JSON.stringify({ version: 1, ticked: state.ticked });
}

/** Whether `key` is an own property. Object.hasOwn is missing from browsers older than 2022, and the parser must never throw. */
export function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** Whether a decoded JSON value is an object (not an array, not null). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idsFromArray(items: readonly unknown[], known: ReadonlySet<string>): { ids: string[]; dropped: number } {
  const ids = new Set<string>();
  let dropped = 0;
  for (const item of items) {
    if (typeof item === 'string' && known.has(item) && !ids.has(item)) ids.add(item);
    else dropped += 1;
  }
  return { ids: [...ids], dropped };
}

function idsFromMap(map: Record<string, unknown>, known: ReadonlySet<string>): { ids: string[]; dropped: number } {
  const ids: string[] = [];
  let dropped = 0;
  // Object.keys lists own keys only, so an own "__proto__" key is just an unknown id here.
  for (const key of Object.keys(map)) {
    const ticked = map[key];
    if (!known.has(key) || typeof ticked !== 'boolean') dropped += 1;
    else if (ticked) ids.push(key);
  }
  return { ids, dropped };
}
