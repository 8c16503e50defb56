import { z } from 'zod';
import { CitationSchema } from '../domain';
import { IdSchema, PathSchema } from './arg-schemas';

/**
 * What the checker types into the Add citation dialog: a stored citation's own fields, with the same
 * bounds (shared/domain/claim.ts), and where its file comes from instead of the stored file.
 */
export const CitationInputSchema = CitationSchema.pick({
  url: true,
  title: true,
  publisher: true,
  date: true,
  quote: true,
  stance: true,
  locator: true,
  archivedUrl: true,
  confidential: true,
})
  .extend({
    /** A local file to copy into the project (CLI only: over IPC, main refuses a path it did not choose). */
    filePath: PathSchema.optional(),
    /** A file chosen with `dialog:chooseCitationFile` or sent with `citation:uploadFile`, copied in on save. */
    fileToken: IdSchema.optional(),
    /** A file already in this project's attachments, named by its sha256 (reusing a source's file). */
    attachmentSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();
export type CitationInput = z.infer<typeof CitationInputSchema>;
