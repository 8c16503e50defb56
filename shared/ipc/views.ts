import type { ErrorCode } from '../errors';
import type {
  AttachedFile,
  Checklists,
  Claim,
  ClaimStatus,
  DocumentSummary,
  DraftFormat,
  FactdeskDocument,
  PublicationDateSource,
  Stance,
} from '../domain';

/** Counts of claims by status. */
export type StatusCounts = Record<ClaimStatus, number>;

/** A document as listed beside the draft, with its progress. */
export interface DocumentListItem extends DocumentSummary {
  readonly counts: StatusCounts;
  readonly claimCount: number;
  /** Its publication date (`YYYY-MM-DD`), against which its relative dates are read, when known. */
  readonly documentDate?: string;
  /** Where that date came from: given by a person, the file's metadata, or its dateline. */
  readonly documentDateSource?: PublicationDateSource;
}

/**
 * A draft as the open project's documents list names it: only what the first screen draws (its
 * counts come from the claims, its text and dates with the draft itself, `document:get`), so the
 * list of thousands of drafts is small to send and to read.
 */
export type DocumentEntry = Pick<DocumentSummary, 'id' | 'title' | 'fileName'>;

/** The open project as the renderer sees it. */
export interface ProjectView {
  readonly dir: string;
  readonly id: string;
  readonly title: string;
  readonly methodology: string;
  /** Every kind's checklist as the project uses it (its own lists, else the defaults). */
  readonly checklists: Checklists;
  readonly documents: readonly DocumentEntry[];
  readonly counts: StatusCounts;
  readonly claimCount: number;
}

/** A claim with what the table needs to show and filter it without loading its document. */
export interface ClaimRow extends Claim {
  readonly documentTitle: string;
  /** The sentence the claim sits in. */
  readonly sentence: string;
}

/** What removing a draft did: the project as it now is, the claims that went with it, the backup taken first. */
export interface DocumentRemoved {
  readonly project: ProjectView;
  readonly removed: readonly string[];
  /** The backup (`before-remove`) that holds the draft; null when backups are off. */
  readonly backup: string | null;
}

/** A project the checker opened before. */
export interface RecentProject {
  readonly dir: string;
  readonly title: string;
  readonly openedAt: string;
}

/** Facts about the running app. */
export interface AppInfo {
  /** `desktop` inside Electron; `web` in the browser workbench (`npm run web`). */
  readonly mode: 'desktop' | 'web';
  readonly version: string;
  /** Who the checker is, as written in history and reports. */
  readonly checker: string;
  /**
   * The checker gave this name. False while it is the system account's (e.g. "root"): the app asks
   * for a name on first use, before anything is signed.
   */
  readonly checkerChosen: boolean;
  /** The checker's email for the commits of a shared project ('' or absent: none given). */
  readonly checkerEmail?: string;
}

/**
 * A draft held back from an import because the project already has it: the same text (content hash)
 * as a draft's current text, the text of an earlier version of a draft (an old copy, not a new
 * version), or the same file name with other text (a new version, most likely). Nothing was imported
 * for it.
 */
export type DuplicateDraft = RepeatedDraft | EarlierVersionDraft;

interface HeldDraftBase {
  readonly file: string;
  /** The draft already in the project. */
  readonly documentId: string;
  readonly title: string;
}

/** The same text as a draft's current one, or its file name with other text. */
export interface RepeatedDraft extends HeldDraftBase {
  readonly reason: 'same-text' | 'same-name';
}

/** The text of an earlier version of a draft that has moved on since. */
export interface EarlierVersionDraft extends HeldDraftBase {
  readonly reason: 'earlier-version';
  /** The number of the version whose text it is (the latest one, if several had it). */
  readonly version: number;
  /** The draft's version now, and when it was loaded (ISO timestamp). */
  readonly currentVersion: number;
  readonly currentSince: string;
}

/** What an import did: what came in, what was refused with a reason, and what it held back as repeated. */
export interface ImportResult {
  readonly imported: readonly DocumentListItem[];
  readonly failed: readonly { readonly file: string; readonly error: string; readonly code: ErrorCode }[];
  /** Drafts the project already has, held back to ask what to do (absent when there were none). */
  readonly duplicates?: readonly DuplicateDraft[];
}

export type DocumentView = FactdeskDocument;

/** What an edit of a document's claims changed: rows to show anew, and ids that are gone. */
export interface ClaimChanges {
  readonly updated: readonly ClaimRow[];
  readonly removed: readonly string[];
}

/** How far an import is: which draft (of how many) and how far through finding its claims. */
export interface ImportProgress {
  readonly file: string;
  readonly index: number;
  readonly total: number;
  readonly fraction: number;
}

/**
 * What undo and redo would do now. The labels are the backend's words for the change ("marking
 * verified"), the only place they are written: show them as they come.
 */
export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** What Undo would take back; null when there is nothing to undo. */
  readonly undoLabel: string | null;
  /** What Redo would make again; null when there is nothing to redo. */
  readonly redoLabel: string | null;
}

/** What an undo or redo did, and what undo and redo would do next. */
export interface UndoResult extends UndoState {
  readonly changes: ClaimChanges;
  /** The project as it now is, when the step changed its documents (a draft removed or renamed). */
  readonly project?: ProjectView;
  /** What was undone or redone; null when there was nothing to do. */
  readonly label: string | null;
}

/** A draft's publication date as now set, and the claims whose dates were read again against it. */
export interface DocumentDateChange {
  readonly documentId: string;
  /** `YYYY-MM-DD`, or null when the draft has none. */
  readonly documentDate: string | null;
  readonly documentDateSource: PublicationDateSource | null;
  readonly changes: ClaimChanges;
}

/** A source cited in the project, with every place it is used. */
export interface SourceEntry {
  /** Its identity: normalized URL, file hash or title. */
  readonly key: string;
  readonly title: string;
  readonly url?: string;
  readonly file?: AttachedFile;
  readonly publisher?: string;
  readonly date?: string;
  readonly usages: readonly {
    readonly claimId: string;
    readonly documentId: string;
    readonly citationId: string;
    readonly stance: Stance;
    readonly quote: string;
  }[];
}

/** What loading a new version of a document did: its number, and how its claims were found again. */
export interface RevisionResult {
  readonly documentId: string;
  readonly version: number;
  readonly fileName: string;
  /** Claims per anchoring state, and `added`: new suggestions found in the new text. */
  readonly counts: Readonly<Record<'exact' | 'moved' | 'changed' | 'orphaned' | 'added', number>>;
}

/** One version of a document's text, without the text. */
export interface DocumentVersionInfo {
  readonly number: number;
  readonly fileName: string;
  readonly sourceFormat: DraftFormat;
  readonly loadedAt: string;
  readonly current: boolean;
}

/** What changed between two versions of a document, in order: kept, removed and added runs of text. */
export interface VersionDiff {
  readonly documentId: string;
  readonly from: number;
  readonly to: number;
  readonly parts: readonly { readonly kind: 'same' | 'removed' | 'added'; readonly text: string }[];
}
