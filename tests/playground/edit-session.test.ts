import { describe, expect, it } from 'vitest';
import { isEdited, looksSame, openSession, sessionNote, updateSession, type EditSession } from '~/playground/edit-session';
import { clearEdit, fingerprint, loadEdit, saveEdit } from '~/playground/edits-storage';
import { guardStorage, type GuardedStorage } from '~/storage/guarded';
import { MemoryStorage } from '../storage/memory-storage';

const original = 'console.log("original")';
const saved = (source: string, from = original) => ({ source, base: fingerprint(from), savedAt: 1 });

describe('edit session', () => {
  it('starts on the original with nothing to say', () => {
    const s = openSession(original);
    expect(s).toEqual({ original, code: original, save: 'original', originalChanged: false });
    expect(isEdited(s)).toBe(false);
    expect(sessionNote(s)).toBeUndefined();
  });

  describe('loaded', () => {
    it('keeps the original when nothing is saved', () => {
      const s = updateSession(openSession(original), { type: 'loaded', loaded: { storageAvailable: true } });
      expect(s).toEqual(openSession(original));
    });

    it('brings the saved version back and says it is the reader’s', () => {
      const s = updateSession(openSession(original), { type: 'loaded', loaded: { edit: saved('mine'), storageAvailable: true } });
      expect(s).toMatchObject({ code: 'mine', save: 'saved', originalChanged: false });
      expect(isEdited(s)).toBe(true);
      expect(sessionNote(s)).toBe('edited');
    });

    it('says when the saved version was made from an original that has changed since', () => {
      const s = updateSession(openSession(original), {
        type: 'loaded',
        loaded: { edit: saved('mine', 'console.log("older original")'), storageAvailable: true },
      });
      expect(s).toMatchObject({ code: 'mine', save: 'saved', originalChanged: true });
      expect(sessionNote(s)).toBe('originalChanged');
    });

    it('says it cannot save when storage cannot be read, before any edit', () => {
      const s = updateSession(openSession(original), { type: 'loaded', loaded: { storageAvailable: false } });
      expect(s).toMatchObject({ code: original, save: 'unavailable' });
      expect(isEdited(s)).toBe(false);
      expect(sessionNote(s)).toBe('cannotSave');
    });
  });

  describe('changed', () => {
    const open = openSession(original);

    it('shows a saved edit as the reader’s version', () => {
      const s = updateSession(open, { type: 'changed', code: 'mine', result: 'saved' });
      expect(s).toMatchObject({ code: 'mine', save: 'saved' });
      expect(sessionNote(s)).toBe('edited');
    });

    it('goes quiet when the code is back to the original, and forgets that the original changed', () => {
      const loaded = updateSession(open, { type: 'loaded', loaded: { edit: saved('mine', 'older'), storageAvailable: true } });
      const s = updateSession(loaded, { type: 'changed', code: original, result: 'cleared' });
      expect(s).toEqual({ original, code: original, save: 'original', originalChanged: false });
      expect(sessionNote(s)).toBeUndefined();
    });

    it('keeps saying the original changed while the reader goes on editing that version', () => {
      const loaded = updateSession(open, { type: 'loaded', loaded: { edit: saved('mine', 'older'), storageAvailable: true } });
      const s = updateSession(loaded, { type: 'changed', code: 'mine, more', result: 'saved' });
      expect(s.originalChanged).toBe(true);
      expect(sessionNote(s)).toBe('originalChanged');
    });

    it('says when an edit could not be saved, or was too large to', () => {
      const unavailable = updateSession(open, { type: 'changed', code: 'mine', result: 'unavailable' });
      expect(unavailable.save).toBe('unavailable');
      expect(sessionNote(unavailable)).toBe('cannotSave');
      const tooLarge = updateSession(open, { type: 'changed', code: 'x'.repeat(10), result: 'too-large' });
      expect(tooLarge.save).toBe('too-large');
      expect(sessionNote(tooLarge)).toBe('tooLargeToSave');
      // A failure to save is said even when the code is back to the original.
      expect(sessionNote(updateSession(open, { type: 'changed', code: original, result: 'unavailable' }))).toBe('cannotSave');
    });
  });

  describe('reset', () => {
    const edited = updateSession(openSession(original), {
      type: 'loaded',
      loaded: { edit: saved('mine', 'older'), storageAvailable: true },
    });

    it('brings the original back with nothing to say', () => {
      const s = updateSession(edited, { type: 'reset', result: 'cleared' });
      expect(s).toEqual(openSession(original));
      expect(sessionNote(s)).toBeUndefined();
    });

    it('still says it cannot save when forgetting the edit failed', () => {
      const s = updateSession(edited, { type: 'reset', result: 'unavailable' });
      expect(s).toMatchObject({ code: original, save: 'unavailable', originalChanged: false });
      expect(isEdited(s)).toBe(false);
      expect(sessionNote(s)).toBe('cannotSave');
    });
  });

  it('looks the same while the reader types more of a saved edit, and different when it is back to the original', () => {
    const first = updateSession(openSession(original), { type: 'changed', code: 'm', result: 'saved' });
    const more = updateSession(first, { type: 'changed', code: 'mi', result: 'saved' });
    expect(looksSame(first, more)).toBe(true);
    const back = updateSession(more, { type: 'changed', code: original, result: 'cleared' });
    expect(looksSame(more, back)).toBe(false);
    expect(looksSame(first, updateSession(first, { type: 'changed', code: 'mine', result: 'unavailable' }))).toBe(false);
  });
});

describe('edit session over storage, as the island drives it', () => {
  /** One visit of a playground page: activate, then type each text in turn. */
  function visit(storage: GuardedStorage, program: string, ...typed: string[]): EditSession {
    let s = updateSession(openSession(program), { type: 'loaded', loaded: loadEdit(storage, 'golden-rule-io', 'en') });
    for (const code of typed) {
      s = updateSession(s, { type: 'changed', code, result: saveEdit(storage, 'golden-rule-io', 'en', code, program) });
    }
    return s;
  }

  it('keeps the reader’s edit across a reload, and Reset brings the original back for good', () => {
    const memory = new MemoryStorage();
    const kept = guardStorage(() => memory);
    expect(sessionNote(visit(kept, original, 'mine'))).toBe('edited');

    const reloaded = visit(kept, original);
    expect(reloaded.code).toBe('mine');
    expect(sessionNote(reloaded)).toBe('edited');

    const reset = updateSession(reloaded, { type: 'reset', result: clearEdit(kept, 'golden-rule-io', 'en') });
    expect(reset.code).toBe(original);
    expect(sessionNote(reset)).toBeUndefined();
    expect(memory.data.size).toBe(0);
    expect(visit(kept, original).code).toBe(original);
  });

  it('says the original changed when the page ships a new version of the program', () => {
    const memory = new MemoryStorage();
    const storage = guardStorage(() => memory);
    visit(storage, original, 'mine');
    const s = visit(storage, 'console.log("new original")');
    expect(s.code).toBe('mine');
    expect(sessionNote(s)).toBe('originalChanged');
  });

  it('says it cannot save when localStorage is blocked, and the edit still lives for the visit', () => {
    const storage = guardStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const s = visit(storage, original, 'mine');
    expect(s.code).toBe('mine');
    expect(sessionNote(s)).toBe('cannotSave');
  });

  it('says it cannot save once storage is full, and keeps the version saved before', () => {
    const memory = new MemoryStorage();
    const storage = guardStorage(() => memory);
    visit(storage, original, 'first');
    memory.failWrites = true;
    expect(sessionNote(visit(storage, original, 'second'))).toBe('cannotSave');
    memory.failWrites = false;
    expect(visit(storage, original).code).toBe('first');
  });
});
