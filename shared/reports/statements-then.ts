import type { HistoryEntry } from '../domain/claim';

/**
 * The claim's statement as it read when each history entry was made, so a verdict log names the words
 * a verdict was given to, not the words a later version of the draft put there. Walked from the newest
 * entry back: a restatement gives the statement before it exactly; a new version of the draft changed
 * only the quote inside it (`from` → `to`), so the old quote is put back where the new one stands. When
 * the statement no longer holds the new quote (restated since), it is left as it is.
 */
export function statementsThen(current: string, history: readonly HistoryEntry[]): string[] {
  const then = new Array<string>(history.length);
  let statement = current;
  for (let index = history.length - 1; index >= 0; index--) {
    then[index] = statement;
    const entry = history[index]!;
    if (entry.action === 'restated' && entry.from) statement = entry.from;
    else if (entry.action === 'revised' && entry.from && entry.to && statement.includes(entry.to)) {
      const at = statement.lastIndexOf(entry.to);
      statement = statement.slice(0, at) + entry.from + statement.slice(at + entry.to.length);
    }
  }
  return then;
}
