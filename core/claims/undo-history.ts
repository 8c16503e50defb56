import type { Claim, FactdeskDocument } from '../../shared/domain';
import type { ClaimChanges } from '../../shared/ipc';
import { claimRow } from '../project/views';

/** What one change did to one document's claims: enough to put either side back. */
export interface UndoEntry {
  readonly documentId: string;
  readonly label: string;
  readonly before: DocumentClaimsState;
  readonly after: DocumentClaimsState;
}

/** The parts of a document that checkers' changes touch. */
export interface DocumentClaimsState {
  readonly claims: Claim[];
  readonly dismissed: string[];
}

const LIMIT = 500;

/** A session's undo and redo stacks. A new change clears redo; the oldest entries fall off past 500. */
export class UndoHistory {
  private readonly undone: UndoEntry[] = [];
  private readonly done: UndoEntry[] = [];

  record(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  popUndo(): UndoEntry | undefined {
    return this.done.pop();
  }

  popRedo(): UndoEntry | undefined {
    return this.undone.pop();
  }

  pushUndone(entry: UndoEntry): void {
    this.undone.push(entry);
  }

  pushRedone(entry: UndoEntry): void {
    this.done.push(entry);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}

/** A deep copy of a document's claims and dismissed list. */
export function captureState(doc: FactdeskDocument): DocumentClaimsState {
  return structuredClone({ claims: doc.claims, dismissed: doc.dismissed });
}

/** Puts a captured state back into a document. */
export function restoreState(doc: FactdeskDocument, state: DocumentClaimsState): void {
  const copy = structuredClone(state);
  doc.claims = copy.claims;
  doc.dismissed = copy.dismissed;
}

/** Which rows differ between two states of a document, and which claims are gone. */
export function changesBetween(doc: FactdeskDocument, before: DocumentClaimsState): ClaimChanges {
  const previous = new Map(before.claims.map((claim) => [claim.id, JSON.stringify(claim)]));
  const now = new Set(doc.claims.map((claim) => claim.id));
  return {
    updated: doc.claims
      .filter((claim) => previous.get(claim.id) !== JSON.stringify(claim))
      .map((claim) => claimRow(doc, claim)),
    removed: [...previous.keys()].filter((id) => !now.has(id)),
  };
}
