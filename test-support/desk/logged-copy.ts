import { newReplicaState, opsForDocument, takeIn, writeEntry, type DeskEntry } from '../../shared/desk';
import { applyOperations, type DocumentOperation } from '../../shared/changes';
import type { FactdeskDocument } from '../../shared/domain';

/**
 * A copy of `base` on one replica of a shared project: `write` applies operations to it at `at` and
 * logs them as that replica's next entry, so a test can fold `entries` over `base` as another copy would.
 */
export function loggedCopy(base: FactdeskDocument, at: string, replica = 'ana') {
  const doc = structuredClone(base);
  let state = newReplicaState(replica);
  const entries: DeskEntry[] = [];
  const write = (ops: DocumentOperation[], by: string) => {
    const before = structuredClone(doc);
    applyOperations(doc, ops, { by, at });
    const { entry, state: next } = writeEntry(
      state,
      { by, document: base.id, ops: opsForDocument(before, doc) },
      Date.parse(at) + entries.length,
    );
    state = takeIn(next, [entry]);
    entries.push(entry);
  };
  return { doc, entries, write };
}
