/**
 * Where the tracker keeps its ticks in `localStorage`. The version is part of the key: a change of
 * stored shape gets a new key and a migration from the old one, never a silent reinterpretation.
 */
export const STORAGE_KEY = 'modulo05.checklist.v1';

/**
 * The previous format, read once and migrated to {@link STORAGE_KEY}: an object mapping item ids to
 * booleans (`{"db-indexes": true}`) or a plain array of ticked ids, stored under this unversioned key.
 */
export const LEGACY_STORAGE_KEY = 'modulo05.checklist';

/**
 * Longest stored value or import file the parser reads. The tracker itself writes under 1 KB
 * (17 ids), so anything larger was not written by it and is not worth parsing.
 */
export const MAX_STORED_CHARS = 256 * 1024;
