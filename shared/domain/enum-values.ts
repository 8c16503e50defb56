// The domain's fixed lists as plain values, without their zod schemas (enums.ts adds those): code that
// only needs the lists, such as the extraction worker reading drafts, does not load zod.

/** Where a claim stands. New claims start `unchecked`. */
export const claimStatuses = ['unchecked', 'verified', 'disputed', 'unsourced'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** How a citation bears on its claim. */
export const stances = ['supports', 'refutes', 'context'] as const;
export type Stance = (typeof stances)[number];

/** What sort of checkable statement a claim is. */
export const claimKinds = ['quantity', 'date', 'quote', 'comparison', 'attribution', 'event'] as const;
export type ClaimKind = (typeof claimKinds)[number];

/** Draft formats Factdesk reads. */
export const draftFormats = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type DraftFormat = (typeof draftFormats)[number];

/** Where a draft's publication date came from: a person, the file's metadata, or its dateline. */
export const publicationDateSources = ['given', 'metadata', 'dateline'] as const;
export type PublicationDateSource = (typeof publicationDateSources)[number];

/**
 * How a claim was found again in a new version of its draft: untouched, moved elsewhere with the same
 * text, found with changed text, or orphaned (its text is gone).
 */
export const anchorStates = ['exact', 'moved', 'changed', 'orphaned'] as const;
export type AnchorState = (typeof anchorStates)[number];

/** Fails to compile when a switch misses a case, and throws if one slips through at run time. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
