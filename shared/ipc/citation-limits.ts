// Citation size limits as plain values (citation-transfer.ts has the schemas): the renderer checks
// them before sending, without loading zod.

/** The largest file the web workbench may send for a citation (its bytes travel as base64). */
export const MAX_UPLOADED_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** The largest references file (.bib, .ris, CSL .json) the app imports, in characters. */
export const MAX_REFERENCES_TEXT = 10 * 1024 * 1024;
