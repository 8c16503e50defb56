import type { ClaimListRow } from '../../shared/ipc/claim-list-row';

/**
 * The desk's checkers: every name the project's claims were signed with (the list's first page says
 * so, from their histories: in a shared project the history holds every copy's changes), the names
 * the rows carry now (assignees, competing values, sign-offs) and the current checker, sorted, each
 * once. The assignee field offers them as a pick list.
 */
export function deskCheckers(
  signed: Iterable<string>,
  claims: Iterable<ClaimListRow>,
  checker: string,
): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim();
    if (trimmed) names.add(trimmed);
  };
  add(checker);
  for (const name of signed) add(name);
  for (const claim of claims) {
    add(claim.assignee);
    add(claim.approval?.by);
    for (const value of claim.contested ?? []) add(value.by);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
