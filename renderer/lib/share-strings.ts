import type { ClaimListRow } from '../../shared/ipc/claim-list-row';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes freshly parsed rows share each document's title (one copy per document, not per claim): JSON
 * cannot say two strings are one, so without this 100,000 claims hold 100,000 title copies. `titles`
 * carries the titles seen across the pages of one list. Only for rows nobody else holds yet.
 */
export function shareRepeatedStrings(rows: readonly ClaimListRow[], titles: Map<string, string>): void {
  for (const row of rows as Mutable<ClaimListRow>[]) {
    const title = titles.get(row.documentTitle);
    if (title === undefined) titles.set(row.documentTitle, row.documentTitle);
    else row.documentTitle = title;
  }
}
