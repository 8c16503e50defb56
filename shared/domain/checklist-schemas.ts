import { z } from 'zod';
import { claimKinds, type ClaimKind } from './enum-values';
import { MAX_CHECKLIST_ITEMS, type ChecklistItem, type ProjectChecklists } from './checklists';

/** One item of a checklist as stored and sent: checklists.ts says what it is. */
export const ChecklistItemSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  text: z.string().trim().min(1).max(500),
});

const ItemsSchema = z
  .array(ChecklistItemSchema)
  .max(MAX_CHECKLIST_ITEMS)
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, {
    message: 'Two items of a checklist share an id.',
  });

/** A project's own checklists as stored in project.json and sent to set them. */
export const ProjectChecklistsSchema = z.strictObject(
  Object.fromEntries(claimKinds.map((kind) => [kind, ItemsSchema.optional()])) as Record<
    ClaimKind,
    z.ZodOptional<typeof ItemsSchema>
  >,
);

// The schemas accept exactly the types written by hand in checklists.ts: this fails to compile if not.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type ChecklistTypesAgree = [
  Holds<Same<z.infer<typeof ChecklistItemSchema>, ChecklistItem>>,
  Holds<Same<z.infer<typeof ProjectChecklistsSchema>, ProjectChecklists>>,
];
