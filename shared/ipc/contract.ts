import { z } from 'zod';
import { ClaimKindSchema, ClaimStatusSchema, StanceSchema } from '../domain';
import type {
  AppInfo,
  ClaimChanges,
  ClaimRow,
  DocumentView,
  ImportProgress,
  ImportResult,
  ProjectView,
  RecentProject,
} from './views';
import { channelNames, type ChannelName } from './channel-names';

/** A filesystem path from the renderer: bounded, no NUL bytes. */
const PathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL byte.');
const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const NoArgs = z.object({}).strict();

/** What the checker types into the Add citation dialog. */
export const CitationInputSchema = z
  .object({
    url: z.string().max(4096).optional(),
    /** A local file to copy into the project (desktop and CLI only). */
    filePath: PathSchema.optional(),
    title: z.string().max(1000),
    publisher: z.string().max(500).optional(),
    date: z.string().max(100).optional(),
    quote: z.string().max(20_000),
    stance: StanceSchema,
    locator: z.string().max(500).optional(),
  })
  .strict();
export type CitationInput = z.infer<typeof CitationInputSchema>;

/**
 * The one IPC contract: channel → argument schema. Main (and the web workbench) validate every
 * argument against it before a handler runs; the preload exposes exactly these channels.
 */
export const channelArgs = {
  'app:info': NoArgs,
  'app:setChecker': z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  'projects:recent': NoArgs,
  'project:create': z.object({ dir: PathSchema, title: z.string().trim().min(1).max(1000) }).strict(),
  'project:open': z.object({ dir: PathSchema }).strict(),
  'project:current': NoArgs,
  'project:close': NoArgs,
  'dialog:chooseProjectFolder': z.object({ purpose: z.enum(['open', 'create']) }).strict(),
  'dialog:chooseDrafts': NoArgs,
  'documents:importFiles': z.object({ paths: z.array(PathSchema).min(1).max(1000) }).strict(),
  'documents:importText': z
    .object({ fileName: z.string().min(1).max(255), text: z.string().max(100 * 1024 * 1024) })
    .strict(),
  'document:get': z.object({ documentId: IdSchema }).strict(),
  'claims:list': NoArgs,
  'claim:setStatus': z.object({ claimId: IdSchema, status: ClaimStatusSchema }).strict(),
  'claim:setNote': z.object({ claimId: IdSchema, note: z.string().max(100_000) }).strict(),
  'claim:addCitation': z.object({ claimId: IdSchema, citation: CitationInputSchema }).strict(),
  'claim:removeCitation': z.object({ claimId: IdSchema, citationId: IdSchema }).strict(),
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
} as const satisfies Record<ChannelName, z.ZodType>;

export type Channel = ChannelName;
export const channels: readonly Channel[] = channelNames;
export type ChannelArgs<C extends Channel> = z.infer<(typeof channelArgs)[C]>;

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
  'claims:list': ClaimRow[];
  'claim:setStatus': ClaimRow;
  'claim:setNote': ClaimRow;
  'claim:addCitation': ClaimRow;
  'claim:removeCitation': ClaimRow;
  'claim:add': ClaimChanges;
  'claim:dismiss': ClaimChanges;
  'claims:merge': ClaimChanges;
  'claim:split': ClaimChanges;
  'document:reextract': ClaimChanges;
  'documents:importProgress': ImportProgress | null;
}
export type ChannelResult<C extends Channel> = ChannelResults[C];

/** Every reply crosses the process boundary as an envelope, so errors arrive as one clear sentence. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** The API the renderer calls, the same in Electron (preload) and in the web workbench (HTTP). */
export interface FactdeskApi {
  invoke<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
}

export { isChannel } from './channel-names';
