/**
 * Keys for the claim rows in view, chosen so that scrolling moves and rebuilds as few rows as it can.
 * A line still in view keeps its key (its row is left alone); a line scrolled in takes a key a line
 * scrolled out gave up, in that row's order, so after a jump past the whole window every row keeps
 * its place in the table and only its text changes (no row is moved or built anew). Keys are small
 * numbers: never more than the most rows shown at once.
 */
export class RowKeys {
  private keyOfLine = new Map<number, number>();
  /** Keys of the last rows, in their order in the table, then keys no row uses now. */
  private order: number[] = [];
  private fresh = 0;

  /** The key of each of `lines` (the claim lines in view, top to bottom). */
  keysFor(lines: readonly number[]): number[] {
    const stays = new Set<number>();
    for (const line of lines) {
      const key = this.keyOfLine.get(line);
      if (key !== undefined) stays.add(key);
    }
    const free = this.order.filter((key) => !stays.has(key));
    let nextFree = 0;
    const keys = lines.map((line) => this.keyOfLine.get(line) ?? free[nextFree++] ?? this.fresh++);
    this.keyOfLine = new Map(lines.map((line, i) => [line, keys[i]!]));
    this.order = [...keys, ...free.slice(nextFree)];
    return keys;
  }
}
