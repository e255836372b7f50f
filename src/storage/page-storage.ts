/**
 * The page's `localStorage` behind the guard, shared by every feature on the page. Browser-only
 * in use, yet safe to import anywhere: `window` is first looked up on the first access, inside
 * the guard.
 */
import { guardStorage } from './guarded';

/** The page's guarded `localStorage`. */
export const pageStorage = guardStorage(() => window.localStorage);
