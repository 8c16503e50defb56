/**
 * Where the checker last saw the selected claim: its line and its neighbours in the table as they
 * arranged it (filter, sort, grouping). A mark can move the claim far away (sorted or grouped by
 * status) or out of the view (filtered by status); j and k then go on from where it was, so marking
 * down a sorted list never loses the checker's place.
 */
export interface SelectionAnchor {
  readonly id: string;
  readonly index: number;
  readonly prev: string | null;
  readonly next: string | null;
  /** The view's arrangement the anchor was taken in (see `VisibleClaims.arrangement`). */
  readonly arrangement: unknown;
}

/** The anchor of claim `id` in `ids` (null when it is not shown). */
export function anchorAt(ids: readonly string[], id: string, arrangement: unknown): SelectionAnchor | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  return { id, index, prev: ids[index - 1] ?? null, next: ids[index + 1] ?? null, arrangement };
}

/**
 * Whether the claim still sits where the anchor saw it: beside at least one of its neighbours (claims
 * arriving or leaving around it do not move it; a mark that re-sorts it away does).
 */
export function inPlace(ids: readonly string[], anchor: SelectionAnchor): boolean {
  const index = ids.indexOf(anchor.id);
  if (index < 0) return false;
  if (anchor.prev === null && anchor.next === null) return true;
  return (
    (anchor.prev !== null && ids[index - 1] === anchor.prev) ||
    (anchor.next !== null && ids[index + 1] === anchor.next) ||
    (anchor.prev === null && index === 0) ||
    (anchor.next === null && index === ids.length - 1)
  );
}

/**
 * The anchor to keep after the view changed: a new one when the selection or the arrangement changed
 * or the claim is in place (its neighbours may have changed); the old one when a change to the
 * claims moved the selected claim or took it out of the view.
 */
export function nextAnchor(
  ids: readonly string[],
  selectedId: string | null,
  arrangement: unknown,
  anchor: SelectionAnchor | null,
): SelectionAnchor | null {
  if (selectedId === null) return null;
  const kept = anchor !== null && anchor.id === selectedId && anchor.arrangement === arrangement;
  if (kept && !inPlace(ids, anchor)) return anchor;
  return anchorAt(ids, selectedId, arrangement) ?? (kept ? anchor : null);
}

/**
 * The line j (`delta` 1) or k (−1) selects. From a claim in place, the next or previous line; from one
 * a change moved or took away, its old neighbour on that side (or the line it was on); with nothing
 * selected, the first or last line.
 */
export function moveTarget(
  ids: readonly string[],
  selectedId: string | null,
  anchor: SelectionAnchor | null,
  delta: 1 | -1,
): number {
  if (ids.length === 0) return -1;
  const clamp = (line: number) => Math.max(0, Math.min(ids.length - 1, line));
  const index = selectedId === null ? -1 : ids.indexOf(selectedId);
  const moved = anchor !== null && anchor.id === selectedId && !inPlace(ids, anchor);
  if (!moved) return index >= 0 ? clamp(index + delta) : delta > 0 ? 0 : ids.length - 1;
  const neighbour = delta > 0 ? anchor.next : anchor.prev;
  const at = neighbour === null ? -1 : ids.indexOf(neighbour);
  if (at >= 0) return at;
  // Its neighbour went too: the line it was on now holds the claim after it.
  return clamp(delta > 0 ? anchor.index : anchor.index - 1);
}

/**
 * The line that takes the place of a claim taken out of the project: its old next neighbour if
 * still shown, else its old previous one, else whatever is now on its line (the last, past the end).
 */
export function successorOf(ids: readonly string[], anchor: SelectionAnchor): string | null {
  for (const neighbour of [anchor.next, anchor.prev]) {
    if (neighbour !== null && ids.includes(neighbour)) return neighbour;
  }
  return ids[Math.min(anchor.index, ids.length - 1)] ?? null;
}
