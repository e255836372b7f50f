import { MAX_STORED_CHARS } from './storage-key';
import { decodeStoredText, hasOwn, isPlainRecord, parseStoredJson, UNUSABLE_OUTCOMES } from './parse';
import type { ChecklistState } from './state';

/** Marks an export file as this checklist's, so importing some other JSON is refused plainly. */
export const EXPORT_FORMAT = 'modulo05-checklist';

/** Suggested name of the downloaded file. */
export const EXPORT_FILE_NAME = 'modulo05-checklist.json';

/**
 * Why an import file was refused; the tracker maps each to a localized message. `other-format`:
 * the file carries a `format` marker, and it is not this checklist's.
 */
export type ImportError = 'empty' | 'too-large' | 'not-json' | 'wrong-shape' | 'other-format';

export type ImportResult = { ok: true; state: ChecklistState; dropped: number } | { ok: false; error: ImportError };

/** The export file's text: the ticked ids plus what identifies the file, pretty-printed for people. */
export function exportFile(state: ChecklistState, exportedAt: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), ticked: state.ticked }, null, 2)}\n`;
}

/**
 * Reads an import file with the same parser as stored values. A file that yields nothing usable is
 * an error (the caller then changes nothing); unknown ids inside a good file are dropped and counted.
 * A file marked with another format is refused even if it holds a list of ids; a file without any
 * marker (the stored value copied into a file, in the current or the previous format) is read as before.
 */
export function importFile(text: string, knownIds: readonly string[]): ImportResult {
  if (text.length > MAX_STORED_CHARS) return { ok: false, error: 'too-large' };
  const decoded = decodeStoredText(text);
  if (!decoded.ok) return { ok: false, error: decoded.outcome === 'absent' ? 'empty' : decoded.outcome };
  if (isPlainRecord(decoded.value) && hasOwn(decoded.value, 'format') && decoded.value['format'] !== EXPORT_FORMAT) {
    return { ok: false, error: 'other-format' };
  }
  const parsed = parseStoredJson(decoded.value, knownIds);
  if (UNUSABLE_OUTCOMES.has(parsed.outcome)) return { ok: false, error: parsed.outcome as ImportError };
  return { ok: true, state: parsed.state, dropped: parsed.dropped };
}
