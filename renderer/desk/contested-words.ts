import type { ContestedValue } from '../../shared/domain/claim';
import { STATUS_META } from '../lib/status';

/** True when checkers gave the claim competing verdicts or notes that no one has settled yet. */
export function isContested(claim: { readonly contested?: readonly ContestedValue[] }): boolean {
  return (claim.contested?.length ?? 0) > 0;
}

/** True when the competing values are verdicts (not only notes). */
export function verdictContested(claim: { readonly contested?: readonly ContestedValue[] }): boolean {
  return (claim.contested ?? []).some((value) => 'status' in value);
}

/** One competing value in words: "Verified by Ana", "note by Ben". */
export function contestedWords(value: ContestedValue): string {
  const what = 'status' in value ? STATUS_META[value.status].label : 'A note';
  return `${what} by ${value.by || 'someone'}`;
}

/** What the table's status cell says of a contested claim (its accessible name and tooltip). */
export function contestedSummary(values: readonly ContestedValue[]): string {
  return `Contested: ${values.map(contestedWords).join('; ')}`;
}
