import { createChecklistStore, type ChecklistStore } from '../../checklist/store';
import type { ProgressGroup } from '../../checklist/progress';
import { pageStorage } from '../../storage/page-storage';

let store: ChecklistStore | undefined;

/**
 * The page's one checklist store over `localStorage`, shared by every tracker and progress widget on
 * the page, and kept in step with other tabs through the `storage` event.
 */
export function getBrowserStore(groups: readonly ProgressGroup[]): ChecklistStore {
  if (store) return store;
  const created = createChecklistStore(
    pageStorage,
    groups.flatMap((group) => group.items.map((item) => item.id)),
  );
  window.addEventListener('storage', (event) => created.applyExternalChange(event.key, event.newValue));
  // A page restored from the back/forward cache missed the storage events fired while it slept.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) created.applyExternalChange(null, null);
  });
  store = created;
  return created;
}
