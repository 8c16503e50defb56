import type { DocumentOperation } from '../../shared/changes';

/**
 * What a change did, in words, as undo and redo say it ("Undid marking verified."): the only place
 * these words are written. The renderer shows them as the backend sends them.
 */
export function labelOf(operations: readonly DocumentOperation[]): string {
  const [first] = operations;
  if (!first) return 'nothing';
  if (operations.length > 1 && operations.every((op) => op.type === 'addCitation')) {
    return `adding ${operations.length} citations`;
  }
  switch (first.type) {
    case 'setStatus':
      return first.status === 'unchecked' ? 'returning to unchecked' : `marking ${first.status}`;
    case 'setNote':
      return 'editing the note';
    case 'setAssignee':
      return 'setting the assignee';
    case 'addCitation':
      return 'adding a citation';
    case 'replaceCitation':
      return 'editing a citation';
    case 'removeCitation':
      return 'removing a citation';
    case 'setStatement':
      return 'restating the claim';
    case 'approve':
      return 'approving the verdict';
    case 'withdrawApproval':
      return 'withdrawing the approval';
    case 'tick':
      return first.done ? 'ticking a checklist item' : 'unticking a checklist item';
    case 'addClaim':
      return 'adding a claim';
    case 'dismissClaim':
      return 'taking out a claim';
    case 'mergeClaims':
      return 'merging claims';
    case 'splitClaim':
      return 'splitting a claim';
    case 'refindClaims':
      return 'finding claims again';
    case 'setLanguage':
      return "setting the draft's language";
    case 'setPublicationDate':
      return 'changing the publication date';
    case 'setTitle':
      return 'renaming the draft';
    case 'restore':
      return 'putting claims back';
  }
}
