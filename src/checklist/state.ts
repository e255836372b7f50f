/**
 * The tracker's state: which checklist items are ticked. Ids only (never text), kept in the
 * checklist's own order so equal states serialise to equal strings.
 */
export interface ChecklistState {
  readonly version: 1;
  readonly ticked: readonly string[];
}

/** A state with nothing ticked. */
export function emptyState(): ChecklistState {
  return { version: 1, ticked: [] };
}

/** Builds a state from any ids: unknown ids and duplicates are dropped, order follows `knownIds`. */
export function stateFromIds(ids: Iterable<string>, knownIds: readonly string[]): ChecklistState {
  const wanted = new Set(ids);
  return { version: 1, ticked: knownIds.filter((id) => wanted.has(id)) };
}

/** Whether `id` is ticked in `state`. */
export function isTicked(state: ChecklistState, id: string): boolean {
  return state.ticked.includes(id);
}

/** The state with `id` ticked or unticked; an id outside `knownIds` leaves the state as it was. */
export function setTicked(state: ChecklistState, id: string, ticked: boolean, knownIds: readonly string[]): ChecklistState {
  if (!knownIds.includes(id)) return state;
  const others = state.ticked.filter((t) => t !== id);
  return stateFromIds(ticked ? [...others, id] : others, knownIds);
}

/** Every item ticked in either state: importing adds ticks and never removes one the reader already has. */
export function mergeStates(a: ChecklistState, b: ChecklistState, knownIds: readonly string[]): ChecklistState {
  return stateFromIds([...a.ticked, ...b.ticked], knownIds);
}

/** Whether two states tick the same items. */
export function sameState(a: ChecklistState, b: ChecklistState): boolean {
  return a.ticked.length === b.ticked.length && a.ticked.every((id, i) => b.ticked[i] === id);
}
