import type { ClaimRow } from '../../shared/ipc/views';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes freshly parsed claims share the strings the list repeats: a sentence equal to the claim's text
 * (most found claims are their whole sentence) and each document's title (one copy per document, not per
 * claim). JSON cannot say two strings are one, so without this 100,000 claims hold 100,000 sentence copies.
 * Only for rows nobody else holds yet (straight from the list).
 */
export function shareRepeatedStrings(rows: readonly ClaimRow[]): void {
  const titles = new Map<string, string>();
  for (const row of rows as Mutable<ClaimRow>[]) {
    if (row.sentence === row.text) row.sentence = row.text;
    const title = titles.get(row.documentTitle);
    if (title === undefined) titles.set(row.documentTitle, row.documentTitle);
    else row.documentTitle = title;
  }
}
