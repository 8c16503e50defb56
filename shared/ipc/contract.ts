import { z } from 'zod';
import type { ErrorReply } from '../errors';
import {
  ChecklistItemSchema,
  ClaimKindSchema,
  ClaimStatusSchema,
  LanguageCodeSchema,
  ProjectChecklistsSchema,
} from '../domain';
import type {
  AppInfo,
  ClaimChanges,
  ClaimRow,
  DocumentDateChange,
  DocumentRemoved,
  DocumentVersionInfo,
  DocumentView,
  ImportProgress,
  ImportResult,
  ProjectView,
  RecentProject,
  RevisionResult,
  SourceEntry,
  UndoResult,
  UndoState,
  VersionDiff,
} from './views';
import type { BackupList, MendedProject, RestoredBackup } from './backup-views';
import { channelNames, type ChannelName } from './channel-names';
import {
  BackupNameSchema,
  DuplicatesSchema,
  IdSchema,
  ImportGroupSchema,
  NoArgs,
  PassphraseSchema,
  PathSchema,
  PublicationDateSchema,
} from './arg-schemas';
import { CitationInputSchema } from './citation-input';
import { MAX_CLAIMS_PAGE, type ClaimsPage } from './claim-list-row';
import type { AboutInfo } from './about';
import {
  ReportFormatSchema,
  ReportOptionsSchema,
  type ExportedReport,
  type SavedReport,
} from '../reports/report-options';
import {
  ExportCitationsSchema,
  ImportCitationsSchema,
  UploadCitationFileSchema,
  type ChosenCitationFile,
  type ExportedCitationsFile,
  type ImportedCitations,
} from './citation-transfer';
import { deskChannelArgs, type DeskStatus } from './desk';
import { projectSettingsChannelArgs, type ProjectSettingsHistory } from './project-settings';
import {
  checkedBeforeChannelArgs,
  type ArchiveFolders,
  type CheckedBeforeResult,
  type ReusedCitations,
} from './checked-before';

/**
 * The one IPC contract: channel → argument schema. Main (and the web workbench) validate every
 * argument against it before a handler runs; the preload exposes exactly these channels.
 */
export const channelArgs = {
  'app:info': NoArgs,
  'app:setChecker': z
    .object({
      name: z.string().trim().min(1).max(200),
      /** For the commits of a shared project; '' clears it. */
      email: z
        .string()
        .trim()
        .max(320)
        .regex(/^$|^[^\s@<>]+@[^\s@<>]+$/)
        .optional(),
    })
    .strict(),
  'projects:recent': NoArgs,
  /** With a passphrase, the new project is encrypted (AES-256-GCM, key from scrypt). */
  'project:create': z
    .object({
      dir: PathSchema,
      title: z.string().trim().min(1).max(1000),
      passphrase: PassphraseSchema.optional(),
    })
    .strict(),
  /** An encrypted project needs its passphrase. */
  'project:open': z.object({ dir: PathSchema, passphrase: PassphraseSchema.optional() }).strict(),
  'project:current': NoArgs,
  'project:close': NoArgs,
  'dialog:chooseProjectFolder': z.object({ purpose: z.enum(['open', 'create']) }).strict(),
  'dialog:chooseDrafts': NoArgs,
  /**
   * `date`: the drafts' publication date, when the person gives it (else each draft's own is read).
   * A draft the project already has is held back (listed in `duplicates`) unless `duplicates` is 'import'.
   */
  'documents:importFiles': z
    .object({
      paths: z.array(PathSchema).min(1).max(1000),
      date: PublicationDateSchema.optional(),
      duplicates: DuplicatesSchema,
    })
    .strict(),
  'documents:importText': z
    .object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(100 * 1024 * 1024),
      date: PublicationDateSchema.optional(),
      duplicates: DuplicatesSchema,
      group: ImportGroupSchema,
    })
    .strict(),
  'document:get': z.object({ documentId: IdSchema }).strict(),
  /** Rows `offset` to `offset + limit` of the claims list, slim (what the table needs), in document order. */
  'claims:page': z
    .object({
      offset: z.number().int().nonnegative().max(1e9),
      limit: z.number().int().positive().max(MAX_CLAIMS_PAGE),
    })
    .strict(),
  /**
   * Every name the project's claims were signed with, sorted, each once: the assignee field offers
   * them. Its own request, asked after the first rows (it reads every claim), not part of a page.
   */
  'claims:checkers': z.object({}).strict(),
  /** One claim's full record (history, note, citations, values, sentence): what Claim details shows. */
  'claim:get': z.object({ claimId: IdSchema }).strict(),
  'claim:setStatus': z.object({ claimId: IdSchema, status: ClaimStatusSchema }).strict(),
  'claim:setNote': z.object({ claimId: IdSchema, note: z.string().max(100_000) }).strict(),
  'claim:addCitation': z.object({ claimId: IdSchema, citation: CitationInputSchema }).strict(),
  'claim:removeCitation': z.object({ claimId: IdSchema, citationId: IdSchema }).strict(),
  /** Changes a citation in place (same id and position): one change, one undo. */
  'claim:updateCitation': z
    .object({ claimId: IdSchema, citationId: IdSchema, citation: CitationInputSchema })
    .strict(),
  'claim:add': z
    .object({
      documentId: IdSchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      kind: ClaimKindSchema,
    })
    .strict(),
  'claim:dismiss': z.object({ claimId: IdSchema }).strict(),
  'claims:merge': z.object({ claimIds: z.array(IdSchema).min(2).max(100) }).strict(),
  'claim:split': z.object({ claimId: IdSchema, at: z.number().int().nonnegative() }).strict(),
  'document:reextract': z.object({ documentId: IdSchema }).strict(),
  'documents:importProgress': NoArgs,
  'edit:undo': NoArgs,
  'claim:setAssignee': z.object({ claimId: IdSchema, assignee: z.string().max(200) }).strict(),
  'sources:list': NoArgs,
  'edit:redo': NoArgs,
  'project:setMethodology': z.object({ text: z.string().max(100_000) }).strict(),
  /** A draft file's bytes in base64, for drafts the renderer cannot read as text (.docx, .pdf, .html). */
  'documents:importBytes': z
    .object({
      fileName: z.string().min(1).max(255),
      base64: z.string().max(70 * 1024 * 1024),
      date: PublicationDateSchema.optional(),
      duplicates: DuplicatesSchema,
      group: ImportGroupSchema,
    })
    .strict(),
  /** The report as a file to download (the web workbench offers it with a Blob URL). */
  'report:export': z.object({ format: ReportFormatSchema, options: ReportOptionsSchema }).strict(),
  /**
   * The report saved where the checker picks in a native save dialog (desktop): the path and the
   * report's notice (as `report:export` gives it), or null if cancelled.
   */
  'dialog:saveReport': z.object({ format: ReportFormatSchema, options: ReportOptionsSchema }).strict(),
  /** The backups of a project folder (default: the open one), newest first, with the newest good one. */
  'backups:list': z.object({ dir: PathSchema.optional(), passphrase: PassphraseSchema.optional() }).strict(),
  /**
   * Restores a backup into a project folder (default: the open one) and opens it there; the state
   * before is kept as a backup and damaged files are moved aside, never overwritten.
   */
  'backups:restore': z
    .object({ dir: PathSchema.optional(), backup: BackupNameSchema, passphrase: PassphraseSchema.optional() })
    .strict(),
  /**
   * Mends a project folder (default: the open one) in place and opens it: each damaged file goes
   * back to its newest good copy in the backups, every other file stays; the state before is kept
   * as a backup and damaged files are moved aside.
   */
  'backups:mend': z.object({ dir: PathSchema.optional(), passphrase: PassphraseSchema.optional() }).strict(),
  /**
   * A project the shell was asked to open (menu, command line, Finder) that needs the person first:
   * its passphrase, or a choice of backup. Returned once, then forgotten; null when there is none.
   */
  'project:pendingOpen': NoArgs,
  /**
   * Loads a new version of a document from a draft the renderer read: `text` for text drafts, `base64`
   * for the others (one of the two). Claims are found again in it; the old text is kept as a version.
   * A draft with the text of an earlier version is refused (`refused`, with `earlier` saying which)
   * unless `allowEarlierVersion` is true: the person chose to load it anyway.
   */
  'document:revise': z
    .object({
      documentId: IdSchema,
      allowEarlierVersion: z.boolean().optional(),
      fileName: z.string().min(1).max(255),
      text: z
        .string()
        .max(100 * 1024 * 1024)
        .optional(),
      base64: z
        .string()
        .max(70 * 1024 * 1024)
        .optional(),
    })
    .strict()
    .refine(
      (args) => (args.text === undefined) !== (args.base64 === undefined),
      'Send the text or the bytes.',
    ),
  /**
   * Loads a new version of a document from a draft file on disk (desktop: chosen with
   * dialog:chooseDrafts); an earlier version's text is refused as with document:revise.
   */
  'document:reviseFile': z
    .object({ documentId: IdSchema, path: PathSchema, allowEarlierVersion: z.boolean().optional() })
    .strict(),
  /** A document's versions, oldest first, without their texts. */
  'document:versions': z.object({ documentId: IdSchema }).strict(),
  /** What changed between two versions of a document. */
  'document:diff': z
    .object({
      documentId: IdSchema,
      from: z.number().int().positive().max(100_000),
      to: z.number().int().positive().max(100_000),
    })
    .strict(),
  /** The version and licences for Help › About Factdesk. */
  'app:about': NoArgs,
  /** A local file for a citation, chosen in a native open dialog (desktop); null when cancelled. */
  'dialog:chooseCitationFile': NoArgs,
  /** A local file's bytes for a citation (web workbench, size-limited). */
  'citation:uploadFile': UploadCitationFileSchema,
  /** The project's sources as BibTeX, RIS or CSL-JSON (confidential ones left out unless asked for). */
  'citations:export': ExportCitationsSchema,
  /** References from a .bib, .ris or CSL .json file, added to one claim as citations (one undo step). */
  'citations:import': ImportCitationsSchema,
  /** What undo and redo would do now (their labels), for the Undo and Redo buttons. */
  'edit:state': NoArgs,
  /** The claim as the checker states it, readable on its own (one undo step; in its history). */
  'claim:setStatement': z.object({ claimId: IdSchema, text: z.string().max(20_000) }).strict(),
  /** The checker signs off the claim's verdict (someone else gave it); one undo step. */
  'claim:approve': z.object({ claimId: IdSchema }).strict(),
  /** Takes the claim's sign-off back; one undo step. */
  'claim:withdrawApproval': z.object({ claimId: IdSchema }).strict(),
  /** Ticks (or unticks) an item of the claim's checklist, by the item's id; one undo step, in its history. */
  'claim:tick': z
    .object({ claimId: IdSchema, item: ChecklistItemSchema.shape.id, done: z.boolean() })
    .strict(),
  /** The project's own checklists per kind of claim (a kind left out: its default list). */
  'project:setChecklists': z.object({ checklists: ProjectChecklistsSchema }).strict(),
  /**
   * Sets (or, with null, clears) a draft's publication date: its relative dates ("on Thursday",
   * "last year") are read again against it. No verdict, note or citation changes; one undo step.
   */
  'document:setDate': z.object({ documentId: IdSchema, date: PublicationDateSchema.nullable() }).strict(),
  /**
   * The checker says which language a draft is in (a BCP 47 primary code: "es", "fr"): it is kept,
   * and the draft's claims are found again reading it in that language (checked and manual ones stay).
   */
  'document:setLanguage': z.object({ documentId: IdSchema, language: LanguageCodeSchema }).strict(),
  ...deskChannelArgs,
  ...checkedBeforeChannelArgs,
  ...projectSettingsChannelArgs,
  /** Removes a draft and its claims, after a backup; one undo step puts it back. */
  'document:remove': z.object({ documentId: IdSchema }).strict(),
  /** Gives a draft another title; one undo step. */
  'document:rename': z.object({ documentId: IdSchema, title: z.string().trim().min(1).max(1000) }).strict(),
} as const satisfies Record<ChannelName, z.ZodType>;

export type Channel = ChannelName;
export const channels: readonly Channel[] = channelNames;
export type ChannelArgs<C extends Channel> = z.infer<(typeof channelArgs)[C]>;

/** A project the shell could not open by itself: the renderer asks for what is missing and opens it. */
export interface PendingOpen {
  readonly dir: string;
  /** The refusal, one sentence (the passphrase is needed; a file is damaged and a backup is offered). */
  readonly message: string;
}

/** What each channel resolves to. */
export interface ChannelResults {
  'app:info': AppInfo;
  'app:setChecker': AppInfo;
  'projects:recent': RecentProject[];
  'project:create': ProjectView;
  'project:open': ProjectView;
  'project:current': ProjectView | null;
  'project:close': null;
  'dialog:chooseProjectFolder': string | null;
  'dialog:chooseDrafts': string[] | null;
  'documents:importFiles': ImportResult;
  'documents:importText': ImportResult;
  'document:get': DocumentView;
  'claims:page': ClaimsPage;
  'claims:checkers': string[];
  'claim:get': ClaimRow;
  'claim:setStatus': ClaimRow;
  'claim:setNote': ClaimRow;
  'claim:addCitation': ClaimRow;
  'claim:removeCitation': ClaimRow;
  'claim:updateCitation': ClaimRow;
  'claim:add': ClaimChanges;
  'claim:dismiss': ClaimChanges;
  'claims:merge': ClaimChanges;
  'claim:split': ClaimChanges;
  'document:reextract': ClaimChanges;
  'documents:importProgress': ImportProgress | null;
  'edit:undo': UndoResult;
  'claim:setAssignee': ClaimRow;
  'sources:list': SourceEntry[];
  'edit:redo': UndoResult;
  'project:setMethodology': ProjectView;
  'documents:importBytes': ImportResult;
  'report:export': ExportedReport;
  'dialog:saveReport': SavedReport | null;
  'backups:list': BackupList;
  'backups:restore': RestoredBackup;
  'backups:mend': MendedProject;
  'project:pendingOpen': PendingOpen | null;
  'document:revise': RevisionResult;
  'document:reviseFile': RevisionResult;
  'document:versions': DocumentVersionInfo[];
  'document:diff': VersionDiff;
  'app:about': AboutInfo;
  'dialog:chooseCitationFile': ChosenCitationFile | null;
  'citation:uploadFile': ChosenCitationFile;
  'citations:export': ExportedCitationsFile;
  'citations:import': ImportedCitations;
  'edit:state': UndoState;
  'claim:setStatement': ClaimRow;
  'claim:approve': ClaimRow;
  'claim:withdrawApproval': ClaimRow;
  'claim:tick': ClaimRow;
  'project:setChecklists': ProjectView;
  'document:setDate': DocumentDateChange;
  'document:setLanguage': ClaimChanges;
  'desk:status': DeskStatus;
  'desk:share': DeskStatus;
  'desk:sync': DeskStatus;
  'project:setTitle': ProjectView;
  'project:settingsHistory': ProjectSettingsHistory;
  'document:remove': DocumentRemoved;
  'document:rename': ProjectView;
  'claim:checkedBefore': CheckedBeforeResult;
  'claim:reuseCitations': ReusedCitations;
  'archives:list': ArchiveFolders;
  'archives:add': ArchiveFolders;
  'archives:remove': ArchiveFolders;
  'dialog:chooseArchiveFolder': string | null;
}
export type ChannelResult<C extends Channel> = ChannelResults[C];

/**
 * Every reply crosses the process boundary as an envelope: a value, or an error with its stable
 * code and one clear sentence (shared/errors.ts).
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorReply };

/** The API the renderer calls, the same in Electron (preload) and in the web workbench (HTTP). */
export interface FactdeskApi {
  invoke<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
}

export { isChannel } from './channel-names';
