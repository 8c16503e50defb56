import {
  absentClaims,
  applyOperations,
  presentClaims,
  type AppliedChange,
  type ApplyContext,
  type DocumentOperation,
} from '../../shared/changes';
import type { ClaimChanges } from '../../shared/ipc';
import { checkChange } from './check-change';
import { recordClaimChange } from './desk-recording';
import { retitleInList } from './project-settings';
import type { ProjectParts } from './project-parts';
import { claimRow } from './views';

/** What a change did: both sides of what it touched, and the rows to show anew. */
export interface ProjectChange extends AppliedChange {
  readonly documentId: string;
  readonly changes: ClaimChanges;
}

/**
 * The one way claims change, for the desktop app, the web workbench and the command line alike:
 * applies operations (shared/changes) to one document, checks only the claims and fields they
 * reach, and resolves once that document's file, and no other, is durable. A change that would not
 * fit the project format is undone and refused; one that changes nothing writes nothing. The
 * result has both sides of what it touched (for undo) and the rows to show anew.
 */
export async function changeDocument(
  parts: ProjectParts,
  documentId: string,
  operations: readonly DocumentOperation[],
  ctx: ApplyContext,
): Promise<ProjectChange> {
  parts.assertWritable();
  const db = await parts.loadFile(documentId);
  const applied = await db.updateIf(
    (doc) => {
      const result = applyOperations(doc, operations, ctx, checkChange);
      // A shared project logs the change before the document file that shows it is written.
      if (result.changed) recordClaimChange(parts, documentId, result);
      return result;
    },
    (result) => result.changed,
  );
  if (applied.changed) {
    const was = new Set(presentClaims(applied.before).map((claim) => claim.id));
    const gone = absentClaims(applied.after).filter((id) => was.has(id));
    const added = presentClaims(applied.after).filter((claim) => !was.has(claim.id));
    parts.documents.claimsMoved(documentId, gone, added);
    // A draft renamed (or its rename undone): the project's list names it as its file does.
    if ('title' in applied.after.fields) await retitleInList(parts, documentId, db.data.title);
    parts.backups?.afterChange();
  }
  const doc = db.data;
  return {
    ...applied,
    documentId,
    changes: applied.changed
      ? {
          updated: presentClaims(applied.after).map((claim) => claimRow(doc, claim)),
          removed: absentClaims(applied.after).filter((id) =>
            applied.before.claims.some((entry) => entry.id === id && entry.at !== null),
          ),
        }
      : { updated: [], removed: [] },
  };
}
