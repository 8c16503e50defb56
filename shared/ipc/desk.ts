import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { NoArgs } from './arg-schemas';

const NO_CONTROL = /^\P{Cc}*$/u;
/** A git remote typed by the checker: an http(s) URL (credentials in it are refused by the service). */
const RemoteSchema = z.string().trim().min(1).max(2000).regex(NO_CONTROL);
/** A personal access token: one line, held in memory (web) or the OS keychain (desktop), never in the project. */
const GitTokenSchema = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((token) => !/[\r\n\0]/.test(token), 'A token is one line.');

/** The desk's channels: what the project is shared with, sharing it, and syncing it. */
export const deskChannelArgs = {
  /** Where the open project is shared, when it last synced, and how the last sync went. */
  'desk:status': NoArgs,
  /**
   * Shares the open project through a git remote (an empty repository, or one holding this project)
   * with a token for it, and syncs at once. The token is kept for this session only (web) or in the
   * OS keychain (desktop); never in the project, its history, .git/config or any log.
   */
  'desk:share': z
    .object({
      remote: RemoteSchema,
      token: GitTokenSchema,
      /** The account name some hosts check with a token (Gitea, GitLab); optional. */
      user: z.string().trim().max(200).regex(NO_CONTROL).optional(),
    })
    .strict(),
  /** Syncs the open project with its remote now: commits local work, fetches, merges, pushes. */
  'desk:sync': NoArgs,
} as const;

/** What one sync did (as `factdesk sync --json` prints it). */
export interface DeskSyncSummary {
  readonly remote: string;
  readonly received: number;
  readonly sent: number;
  readonly contested: number;
  readonly at: string;
}

/** How the last sync in this session went: what it did, or its error (a code and one sentence). */
export type DeskSyncOutcome =
  | { readonly ok: true; readonly summary: DeskSyncSummary }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly at: string };

/** The open project's sharing, as the header and the Share… dialog show it. */
export interface DeskStatus {
  /** The remote's URL (it never holds credentials), or null when the project is not shared. */
  readonly remote: string | null;
  /** When this copy last synced successfully (ISO time), or null. */
  readonly lastSync: string | null;
  /** A token for the remote is known to this process (typed this session, or in the keychain). */
  readonly hasToken: boolean;
  /** Where a token given now is kept: the OS keychain (desktop), or this process's memory only. */
  readonly tokenKept: 'keychain' | 'memory';
  /** Why there is no keychain, one sentence, when the desktop app cannot use one. */
  readonly tokenNote: string | null;
  /** The last sync this session ran for the project, or null. */
  readonly last: DeskSyncOutcome | null;
}
