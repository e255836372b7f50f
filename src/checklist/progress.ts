import type { ChecklistState } from './state';

/** The part of a checklist group progress needs: its id and its items' ids. */
export interface ProgressGroup {
  readonly id: string;
  readonly items: readonly { readonly id: string }[];
}

interface Count {
  done: number;
  total: number;
}

export interface ChecklistProgress extends Count {
  /** Whole percent, rounded down so 100 means every item. */
  percent: number;
  groups: (Count & { id: string })[];
}

/** Counts ticked items per group and overall; ids in the state that no group holds are not counted. */
export function computeProgress(state: ChecklistState, groups: readonly ProgressGroup[]): ChecklistProgress {
  const ticked = new Set(state.ticked);
  const perGroup = groups.map((group) => ({
    id: group.id,
    done: group.items.filter((item) => ticked.has(item.id)).length,
    total: group.items.length,
  }));
  const done = perGroup.reduce((sum, g) => sum + g.done, 0);
  const total = perGroup.reduce((sum, g) => sum + g.total, 0);
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total), groups: perGroup };
}
