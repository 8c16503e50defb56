import { z } from 'zod';

/** Where a claim stands. New claims start `unchecked`. */
export const claimStatuses = ['unchecked', 'verified', 'disputed', 'unsourced'] as const;
export const ClaimStatusSchema = z.enum(claimStatuses);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** How a citation bears on its claim. */
export const stances = ['supports', 'refutes', 'context'] as const;
export const StanceSchema = z.enum(stances);
export type Stance = z.infer<typeof StanceSchema>;

/** What sort of checkable statement a claim is. */
export const claimKinds = ['quantity', 'date', 'quote', 'comparison', 'attribution', 'event'] as const;
export const ClaimKindSchema = z.enum(claimKinds);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/** Draft formats Factdesk reads. */
export const draftFormats = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export const DraftFormatSchema = z.enum(draftFormats);
export type DraftFormat = z.infer<typeof DraftFormatSchema>;

/** Where a draft's publication date came from: a person, the file's metadata, or its dateline. */
export const publicationDateSources = ['given', 'metadata', 'dateline'] as const;
export const PublicationDateSourceSchema = z.enum(publicationDateSources);
export type PublicationDateSource = z.infer<typeof PublicationDateSourceSchema>;

/**
 * How a claim was found again in a new version of its draft: untouched, moved elsewhere with the same
 * text, found with changed text, or orphaned (its text is gone).
 */
export const anchorStates = ['exact', 'moved', 'changed', 'orphaned'] as const;
export const AnchorStateSchema = z.enum(anchorStates);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

/** Fails to compile when a switch misses a case, and throws if one slips through at run time. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
