import type { FactdeskDocument } from '../../shared/domain';
import { signersOf } from '../../shared/ipc/claim-list-row';

/**
 * The names one document's claims were signed with (history, assignees, competing values,
 * sign-offs), each once as written: kept for a document not held in memory (document-files.ts).
 */
export function signerNames(doc: FactdeskDocument): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (name !== undefined) names.add(name);
  };
  for (const claim of doc.claims) signersOf(claim, add);
  return [...names];
}

/**
 * Every name the project's claims were signed with, trimmed, sorted, each once, from each document's
 * `signerNames`: what the assignee field offers (`claims:checkers`).
 */
export function deskCheckers(namesOfEachDocument: Iterable<readonly string[]>): string[] {
  const names = new Set<string>();
  for (const written of namesOfEachDocument)
    for (const name of written) {
      const trimmed = name.trim();
      if (trimmed) names.add(trimmed);
    }
  return [...names].sort((a, b) => a.localeCompare(b));
}
