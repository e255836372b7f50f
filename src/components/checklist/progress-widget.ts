import { computeProgress } from '../../checklist/progress';
import { checklistMessages } from '../../checklist/messages';
import { toLocale } from '../../i18n/locales';
import { getBrowserStore } from './browser-store';
import { readGroups, renderProgress } from './dom-progress';

/** Shows every overview progress widget (`[data-checklist-progress]`) once the reader has ticked something. */
export function startProgressWidgets(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-checklist-progress]')) {
    const t = checklistMessages[toLocale(root.dataset.locale)];
    const groups = readGroups(root);
    const store = getBrowserStore(groups);
    const render = () => {
      const figures = computeProgress(store.getState(), groups);
      renderProgress(root, figures, t.count);
      root.hidden = figures.done === 0;
    };
    store.subscribe(render);
    render();
  }
}
