/**
 * Which positions of an array differ from a previous array of the same length. The claims store notes
 * one when a mark replaces claims in place; the table's row models read it, so a mark among 100,000
 * claims costs work for the rows it changed instead of a pass over every row.
 */
export interface RowPatch<T> {
  readonly previous: readonly T[];
  readonly positions: readonly number[];
}

const patches = new WeakMap<readonly unknown[], RowPatch<unknown>>();

/** Notes that `next` is `previous` with only `positions` replaced. */
export function notePatch<T>(next: readonly T[], previous: readonly T[], positions: readonly number[]): void {
  patches.set(next, { previous, positions });
}

/** The patch that made `next` from `previous`, if one was noted. */
export function patchFrom<T>(next: readonly T[], previous: readonly T[] | undefined): RowPatch<T> | null {
  const patch = patches.get(next) as RowPatch<T> | undefined;
  return patch && previous !== undefined && patch.previous === previous ? patch : null;
}
