/**
 * The reader's edits to playgrounds, kept in `localStorage` under one versioned key so they
 * survive reloads. Whatever is found there is parsed into a valid value (never thrown on), and
 * storage is reached through the guard: where it is missing, blocked or full, playgrounds work
 * for the visit and say they cannot save. Pure: the storage is passed in.
 */
import { locales, type Locale } from '../i18n/locales';
import type { GuardedStorage } from '../storage/guarded';

/** The one key this feature owns; bump the version when the stored shape changes. */
export const EDITS_STORAGE_KEY = 'modulo05.playground-edits.v1';

/** A saved source longer than this is not a reader's edit of a lesson sample; it is dropped. */
export const MAX_EDIT_CHARS = 100_000;
/** Beyond this many saved playgrounds, the oldest edits are dropped first. */
export const MAX_SAVED_EDITS = 200;

interface SavedEdit {
  /** The reader's version of the program. */
  source: string;
  /** Fingerprint of the original the reader started from, to tell when the original changed since. */
  base: string;
  /** When it was saved (ms since epoch); orders edits for eviction. */
  savedAt: number;
}

/** Saved edits by `editKey(id, locale)`. */
type EditsRecord = Record<string, SavedEdit>;

const keyPattern = new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*/(?:${locales.join('|')})$`);

/** Where one playground's edit is filed: `<id>/<locale>`. */
function editKey(id: string, locale: Locale): string {
  return `${id}/${locale}`;
}

/** A short, stable fingerprint of a text (FNV-1a, 32 bits, hex). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function isSavedEdit(v: unknown): v is SavedEdit {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.source === 'string' &&
    e.source.length <= MAX_EDIT_CHARS &&
    typeof e.base === 'string' &&
    /^[0-9a-f]{8}$/.test(e.base) &&
    typeof e.savedAt === 'number' &&
    Number.isFinite(e.savedAt)
  );
}

/** Turns whatever is stored (nothing, garbage, another shape) into valid edits, keeping every valid entry. */
export function parseEdits(raw: string | null | undefined): EditsRecord {
  const result: EditsRecord = Object.create(null);
  if (typeof raw !== 'string' || raw === '') return result;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return result;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return result;
  const edits = (data as { edits?: unknown }).edits;
  if (typeof edits !== 'object' || edits === null || Array.isArray(edits)) return result;
  const valid = Object.entries(edits).filter(([key, value]) => keyPattern.test(key) && isSavedEdit(value));
  valid
    .sort((a, b) => (b[1] as SavedEdit).savedAt - (a[1] as SavedEdit).savedAt)
    .slice(0, MAX_SAVED_EDITS)
    .forEach(([key, value]) => {
      const e = value as SavedEdit;
      result[key] = { source: e.source, base: e.base, savedAt: e.savedAt };
    });
  return result;
}

/** The stored form of edits. */
export function serializeEdits(edits: EditsRecord): string {
  return JSON.stringify({ edits });
}

/** Every saved edit, or undefined when storage is missing or cannot be read. */
function read(storage: GuardedStorage): EditsRecord | undefined {
  const raw = storage.read(EDITS_STORAGE_KEY);
  return raw === undefined ? undefined : parseEdits(raw);
}

/** Stores the edits left, removing the key when none is; false when storage refused (blocked or full). */
function write(storage: GuardedStorage, edits: EditsRecord): boolean {
  if (Object.keys(edits).length === 0) return storage.remove(EDITS_STORAGE_KEY);
  return storage.write(EDITS_STORAGE_KEY, serializeEdits(edits));
}

export interface LoadedEdit {
  /** The reader's saved version, if any. */
  edit?: SavedEdit;
  /** False when storage could not be read: edits will not survive this visit. */
  storageAvailable: boolean;
}

/** The saved edit of one playground. */
export function loadEdit(storage: GuardedStorage, id: string, locale: Locale): LoadedEdit {
  const edits = read(storage);
  if (!edits) return { storageAvailable: false };
  return { edit: edits[editKey(id, locale)], storageAvailable: true };
}

/**
 * `unavailable` covers storage missing, blocked and full alike (the reader can do nothing about
 * any of them in the page); `too-large` is the edit's own size, refused before storage is written.
 */
export type SaveResult = 'saved' | 'cleared' | 'unavailable' | 'too-large';

/**
 * Saves the reader's version of a playground, or forgets it when it equals the original.
 * Reads the key again first so edits saved meanwhile by another tab or playground are kept.
 */
export function saveEdit(
  storage: GuardedStorage,
  id: string,
  locale: Locale,
  source: string,
  original: string,
  now: number = Date.now(),
): SaveResult {
  const edits = read(storage);
  if (!edits) return 'unavailable';
  if (source.length > MAX_EDIT_CHARS) return 'too-large';
  const key = editKey(id, locale);
  if (source === original) {
    if (!(key in edits)) return 'cleared';
    delete edits[key];
  } else {
    edits[key] = { source, base: fingerprint(original), savedAt: now };
  }
  if (!write(storage, parseEdits(serializeEdits(edits)))) return 'unavailable';
  return source === original ? 'cleared' : 'saved';
}

/** Forgets the reader's version of one playground (Reset). */
export function clearEdit(storage: GuardedStorage, id: string, locale: Locale): SaveResult {
  const edits = read(storage);
  if (!edits) return 'unavailable';
  const key = editKey(id, locale);
  if (!(key in edits)) return 'cleared';
  delete edits[key];
  return write(storage, edits) ? 'cleared' : 'unavailable';
}
