import { z } from 'zod';
import type { Citation, ClaimStatus } from '../domain';
import type { ClaimRow } from './views';
import { FolderSchema, IdSchema, NoArgs } from './arg-schemas';

/** "Checked before": the desk's earlier verdicts for a claim, reusing them, and the desk's archive folders. */
export const checkedBeforeChannelArgs = {
  /** The claims other projects of the desk gave a verdict that state what this claim states, best first. */
  'claim:checkedBefore': z.object({ claimId: IdSchema }).strict(),
  /**
   * Adds copies of the citations of an earlier checked claim (named by its project folder and id, as
   * `claim:checkedBefore` gave it) to a claim of the open project: one change, one undo step.
   */
  'claim:reuseCitations': z
    .object({ claimId: IdSchema, from: z.object({ project: FolderSchema, claimId: IdSchema }).strict() })
    .strict(),
  /** The folders the checker added as the desk's archive (kept in this machine's settings). */
  'archives:list': NoArgs,
  /** Adds an archive folder (a project folder, or a folder holding project folders); it must exist. */
  'archives:add': z.object({ dir: FolderSchema }).strict(),
  'archives:remove': z.object({ dir: FolderSchema }).strict(),
  /** An archive folder chosen in a native folder dialog (desktop); null when cancelled. */
  'dialog:chooseArchiveFolder': NoArgs,
} as const;

/**
 * An earlier checked claim of the desk, as "Checked before" and `factdesk seen --json` both give it
 * (built once, by core/seen/earlier-claim-view.ts).
 */
export interface EarlierCheckedClaim {
  /** The project folder it is in, absolute (what `claim:reuseCitations` and opening it take). */
  readonly project: string;
  readonly projectTitle: string;
  readonly documentId: string;
  readonly documentTitle: string;
  readonly claimId: string;
  readonly quote: string;
  /** The claim as it was checked. */
  readonly text: string;
  readonly status: Exclude<ClaimStatus, 'unchecked'>;
  /** When the verdict was given (its history line), else when the claim last changed. */
  readonly checkedAt: string;
  /** Who gave the verdict ('' when its history does not say). */
  readonly checker: string;
  readonly note: string;
  readonly citations: readonly Citation[];
  /** What the two claims agree on: a figure, a date, a quote, or their words. */
  readonly basis: 'figure' | 'date' | 'quote' | 'words';
}

/** An earlier checked claim, as "Checked before" shows it. */
export interface CheckedBeforeMatch extends EarlierCheckedClaim {
  /** The project is encrypted (unlocked in this process now). */
  readonly encrypted: boolean;
}

/** A project of the desk that could not be read, with one sentence on why. */
export interface CheckedBeforeSkip {
  readonly folder: string;
  readonly reason: string;
}

/** What `claim:checkedBefore` answers. */
export interface CheckedBeforeResult {
  readonly claimId: string;
  readonly matches: readonly CheckedBeforeMatch[];
  /** How many of the desk's projects were read (the open one is never counted). */
  readonly projects: number;
  readonly skipped: readonly CheckedBeforeSkip[];
  /**
   * The desk's projects are being checked for changes behind this answer (at most once a second):
   * ask again for the answer after the check (it waits for it). False when this answer is fresh.
   */
  readonly rechecking: boolean;
}

/** What `claim:reuseCitations` did. */
export interface ReusedCitations {
  readonly claim: ClaimRow;
  readonly added: number;
  /** Citations whose attached file could not be copied (kept without the file). */
  readonly filesLeftOut: number;
}

/** The desk's archive folders, in the order they were added. */
export interface ArchiveFolders {
  readonly folders: readonly string[];
}
