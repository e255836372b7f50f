/**
 * What a playground knows about the reader's version of its program: the code in the editor,
 * whether it is saved, and which note to show under the editor. A pure state updated by what
 * loading, saving and clearing the edit reported (`edits-storage.ts` does the storage part);
 * the island renders it, tests drive it without a browser.
 */
import { fingerprint, type LoadedEdit, type SaveResult } from './edits-storage';
import type { PlaygroundText } from './strings';

/** Where the reader's version stands; the island shows it as `data-save-state`. */
type SaveState = 'original' | Exclude<SaveResult, 'cleared'>;

export interface EditSession {
  /** The program as the page ships it, in the page's language. */
  readonly original: string;
  /** The code in the editor now. */
  readonly code: string;
  readonly save: SaveState;
  /** The saved version was made from an original that has changed since. */
  readonly originalChanged: boolean;
}

export type EditSessionEvent =
  /** The island went live and looked for a saved version. */
  | { type: 'loaded'; loaded: LoadedEdit }
  /** The reader changed the code, and saving it gave `result`. */
  | { type: 'changed'; code: string; result: SaveResult }
  /** The reader pressed Reset, and forgetting the saved version gave `result`. */
  | { type: 'reset'; result: SaveResult };

/** Before activation: the original, nothing saved, nothing to say. */
export function openSession(original: string): EditSession {
  return { original, code: original, save: 'original', originalChanged: false };
}

/** The session after one event. */
export function updateSession(session: EditSession, event: EditSessionEvent): EditSession {
  switch (event.type) {
    case 'loaded': {
      const { edit, storageAvailable } = event.loaded;
      const code = edit?.source ?? session.original;
      if (!storageAvailable) return { ...session, code, save: 'unavailable' };
      if (!edit) return { ...session, code };
      return { ...session, code, save: 'saved', originalChanged: edit.base !== fingerprint(session.original) };
    }
    case 'changed':
      if (event.result === 'cleared') return { ...session, code: event.code, save: 'original', originalChanged: false };
      return { ...session, code: event.code, save: event.result };
    case 'reset':
      return {
        ...session,
        code: session.original,
        save: event.result === 'unavailable' ? 'unavailable' : 'original',
        originalChanged: false,
      };
  }
}

/** Whether the editor holds something other than the original (Reset is then offered). */
export function isEdited(session: EditSession): boolean {
  return session.code !== session.original;
}

/** Which note the playground shows under the editor, if any: a failure to save comes first. */
export function sessionNote(
  session: EditSession,
): keyof Pick<PlaygroundText, 'cannotSave' | 'tooLargeToSave' | 'originalChanged' | 'edited'> | undefined {
  if (session.save === 'unavailable') return 'cannotSave';
  if (session.save === 'too-large') return 'tooLargeToSave';
  if (!isEdited(session)) return undefined;
  return session.originalChanged ? 'originalChanged' : 'edited';
}

/** Whether two sessions show the same on the page, so the island need not render again as the reader types. */
export function looksSame(a: EditSession, b: EditSession): boolean {
  return a.save === b.save && sessionNote(a) === sessionNote(b) && isEdited(a) === isEdited(b);
}
