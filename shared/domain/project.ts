import { z } from 'zod';
import { TimestampSchema } from './claim';
import { ProjectChecklistsSchema } from './checklist-schemas';
import { DocumentSummarySchema } from './document';
import { CURRENT_SCHEMA_VERSION } from './schema-version';

/** `project.json`: the project's identity, settings and document list. */
export const ProjectFileSchema = z.object({
  format: z.literal('factdesk-project'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  title: z.string().max(1000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  methodology: z.string().max(100_000),
  documents: z.array(DocumentSummarySchema),
  /** The project's own checklists per kind of claim (schema 5; absent: the defaults for every kind). */
  checklists: ProjectChecklistsSchema.optional(),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;
