import type { FactdeskDocument } from '../../shared/domain';
import { signersOf } from '../../shared/ipc/claim-list-row';

/**
 * Every name the project's claims were signed with (history, assignees, competing values, sign-offs),
 * trimmed, sorted, each once: what the assignee field offers (`claims:checkers`).
 */
export function deskCheckers(documents: readonly FactdeskDocument[]): string[] {
  const names = new Set<string>();
  // Each name as written, trimmed once: a project of 100,000 claims has a few names, written
  // hundreds of thousands of times.
  const written = new Set<string>();
  const add = (name: string | undefined) => {
    if (name === undefined || written.has(name)) return;
    written.add(name);
    const trimmed = name.trim();
    if (trimmed) names.add(trimmed);
  };
  for (const doc of documents) for (const claim of doc.claims) signersOf(claim, add);
  return [...names].sort((a, b) => a.localeCompare(b));
}
