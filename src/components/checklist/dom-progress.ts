import type { ChecklistProgress, ProgressGroup } from '../../checklist/progress';

/**
 * Reads the checklist's groups from the rendered HTML (`data-checklist-group` with a space-separated
 * `data-items`), so the browser bundle does not carry the checklist's texts.
 */
export function readGroups(root: ParentNode): ProgressGroup[] {
  return [...root.querySelectorAll<HTMLElement>('[data-checklist-group]')].map((el) => ({
    id: el.dataset.checklistGroup ?? '',
    items: (el.dataset.items ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => ({ id })),
  }));
}

/**
 * Fills every `[data-progress-of]` element under `root` (`overall` or a group id): its `<progress>`
 * bar and its `[data-count]` text.
 */
export function renderProgress(root: ParentNode, progress: ChecklistProgress, count: (done: number, total: number) => string): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-progress-of]')) {
    const of = el.dataset.progressOf;
    const figures = of === 'overall' ? progress : progress.groups.find((group) => group.id === of);
    if (!figures) continue;
    const bar = el.querySelector('progress');
    if (bar) {
      bar.max = Math.max(figures.total, 1);
      bar.value = figures.done;
    }
    const text = el.querySelector('[data-count]');
    if (text) text.textContent = count(figures.done, figures.total);
  }
}
