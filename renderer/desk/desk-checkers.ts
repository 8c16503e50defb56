import type { ClaimRow } from '../../shared/ipc/views';

/**
 * The desk's checkers: every name the project's claims were signed with (history, assignees,
 * competing values, sign-offs; in a shared project the history holds every copy's changes) and the
 * current checker, sorted, each once. The assignee field offers them as a pick list.
 */
export function deskCheckers(claims: Iterable<ClaimRow>, checker: string): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim();
    if (trimmed) names.add(trimmed);
  };
  add(checker);
  for (const claim of claims) {
    for (const entry of claim.history) add(entry.by);
    add(claim.assignee);
    add(claim.approval?.by);
    for (const value of claim.contested ?? []) add(value.by);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
