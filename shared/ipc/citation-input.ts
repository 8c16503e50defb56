import { z } from 'zod';
import { StanceSchema } from '../domain';
import { IdSchema, PathSchema } from './arg-schemas';

/** What the checker types into the Add citation dialog. */
export const CitationInputSchema = z
  .object({
    url: z.string().max(4096).optional(),
    /** A local file to copy into the project (CLI only: over IPC, main refuses a path it did not choose). */
    filePath: PathSchema.optional(),
    /** A file chosen with `dialog:chooseCitationFile` or sent with `citation:uploadFile`, copied in on save. */
    fileToken: IdSchema.optional(),
    title: z.string().max(1000),
    publisher: z.string().max(500).optional(),
    date: z.string().max(100).optional(),
    quote: z.string().max(20_000),
    stance: StanceSchema,
    locator: z.string().max(500).optional(),
    /** A snapshot of the source (http or https), shown beside the URL in reports. */
    archivedUrl: z.string().max(4096).optional(),
    /** Reports and exports withhold a confidential source, keeping only its stance. */
    confidential: z.boolean().optional(),
    /** A file already in this project's attachments, named by its sha256 (reusing a source's file). */
    attachmentSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();
export type CitationInput = z.infer<typeof CitationInputSchema>;
