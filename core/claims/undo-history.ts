import type { RecordedSide } from '../../shared/changes';
import type { ClaimChanges, UndoState } from '../../shared/ipc';

/** One change a checker made to one document: both sides of what it touched, enough to put either back. */
export interface UndoEntry {
  readonly documentId: string;
  /** What the change did, in words ("marking verified"): the one place these words come from. */
  readonly label: string;
  readonly before: RecordedSide;
  after: RecordedSide;
  /** For a note edit: whose, on which claim, and when it was last saved (later edits fold into it). */
  note?: { readonly claimId: string; readonly by: string; savedAt: number };
}

/**
 * A change to the project's documents themselves (a draft removed): it puts either side
 * back itself, and says which claims came back or went.
 */
export interface ProjectUndoEntry {
  readonly kind: 'project';
  readonly label: string;
  apply(side: 'before' | 'after'): Promise<ClaimChanges>;
  /** An import's drop (the files of one drag-and-drop, sent one by one): later files join this step. */
  readonly importGroup?: string;
}

/** One step of the undo history: a change to one document's claims, or to the project's documents. */
export type UndoStep = UndoEntry | ProjectUndoEntry;

const LIMIT = 500;

/** Typing a note saves on each pause; saves this close together are one edit (one undo step, one history entry). */
export const NOTE_EDIT_WINDOW_MS = 2 * 60 * 1000;

/** A session's undo and redo stacks. A new change clears redo; the oldest entries fall off past 500. */
export class UndoHistory {
  private readonly undone: UndoStep[] = [];
  private readonly done: UndoStep[] = [];

  record(entry: UndoStep): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  /**
   * The last change, when it is an edit of this claim's note by `by` saved within the window, so
   * the next save of that note folds into it.
   */
  noteEditToExtend(claimId: string, by: string, now: number): UndoEntry | undefined {
    const last = this.done.at(-1);
    if (this.undone.length > 0 || !last || 'kind' in last || !last.note) return undefined;
    const { note } = last;
    return note.claimId === claimId && note.by === by && now - note.savedAt <= NOTE_EDIT_WINDOW_MS
      ? last
      : undefined;
  }

  /** The last change, when it is an import of the same drop and nothing was undone since, so the drop's next file joins it. */
  importToExtend(group: string): ProjectUndoEntry | undefined {
    const last = this.done.at(-1);
    if (this.undone.length > 0 || !last || !('kind' in last)) return undefined;
    return last.importGroup === group ? last : undefined;
  }

  popUndo(): UndoStep | undefined {
    return this.done.pop();
  }

  popRedo(): UndoStep | undefined {
    return this.undone.pop();
  }

  pushUndone(entry: UndoStep): void {
    this.undone.push(entry);
  }

  pushRedone(entry: UndoStep): void {
    this.done.push(entry);
  }

  /** What undo and redo would do now, in words. */
  get state(): UndoState {
    return {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
