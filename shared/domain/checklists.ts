// Checklists as plain values and types, without their zod schemas (checklist-schemas.ts has those):
// the renderer's first screen uses these, and does not load zod.
import { claimKinds, type ClaimKind } from './enum-values';

/**
 * What a checker must establish about a kind of claim before giving a verdict. Each item keeps an id
 * so rewording it keeps the ticks already given; a claim stores the ids of the items it has ticked.
 */
export interface ChecklistItem {
  id: string;
  text: string;
}

/** The most items one kind's checklist may hold. */
export const MAX_CHECKLIST_ITEMS = 30;

/**
 * A project's own checklists (project.json, schema 5): for each kind it names, the list it uses in
 * place of the default one. A kind left out uses the default list.
 */
export type ProjectChecklists = { [Kind in ClaimKind]?: ChecklistItem[] };

/** Every kind's checklist, resolved: the project's own list where it has one, else the default. */
export type Checklists = Readonly<Record<ClaimKind, readonly ChecklistItem[]>>;

const item = (id: string, text: string): ChecklistItem => ({ id, text });

/** The default checklists, from everyday fact-checking practice. */
export const defaultChecklists: Checklists = {
  quantity: [
    item('quantity-source', 'Found the primary source of the number'),
    item('quantity-unit', 'Unit and base are right (of what, per what)'),
    item('quantity-period', 'The date or period the number counts matches'),
    item('quantity-method', 'Know who counted and how'),
    item('quantity-rounding', 'Rounding or estimate words ("about", "some") are fair'),
  ],
  date: [
    item('date-source', 'Found the official announcement, record or schedule'),
    item('date-zone', 'Time zone or calendar checked where it matters'),
    item('date-span', 'Any duration stated matches the dates'),
  ],
  quote: [
    item('quote-original', 'Heard or read the original recording or transcript'),
    item('quote-context', 'Read the full context around the words'),
    item('quote-speaker', 'Speaker and their role are right'),
    item('quote-date', 'Date it was said is right'),
  ],
  comparison: [
    item('comparison-set', 'Comparison set and period are named ("since 1990", "in Europe")'),
    item('comparison-data', 'Found the data that ranks it'),
    item('comparison-like', 'Like is compared with like (same measure, same base)'),
  ],
  attribution: [
    item('attribution-title', "Title or role is right as of the article's date"),
    item('attribution-name', 'Name is spelled as the person spells it'),
    item('attribution-source', 'The statement is on record from them'),
  ],
  event: [
    item('event-source', 'Found a first-hand account or official record'),
    item('event-confirmed', 'Confirmed by a second independent source'),
    item('event-details', 'Place, date and people involved are right'),
  ],
};

/** Every kind's checklist for a project: its own lists where it has them, the defaults elsewhere. */
export function resolveChecklists(own: ProjectChecklists | undefined): Checklists {
  return Object.fromEntries(
    claimKinds.map((kind) => [kind, own?.[kind] ?? defaultChecklists[kind]]),
  ) as Checklists;
}

/** The lists of `checklists` that differ from the defaults (undefined when none does). */
export function ownChecklists(
  checklists: Partial<Record<ClaimKind, readonly ChecklistItem[]>>,
): ProjectChecklists | undefined {
  const own: Record<string, ChecklistItem[]> = {};
  for (const kind of claimKinds) {
    const items = checklists[kind];
    if (items && JSON.stringify(items) !== JSON.stringify(defaultChecklists[kind])) {
      own[kind] = items.map((entry) => ({ id: entry.id, text: entry.text }));
    }
  }
  return Object.keys(own).length > 0 ? own : undefined;
}

/** One item of a claim's checklist and whether the claim has it ticked. */
export interface ChecklistEntry {
  readonly id: string;
  readonly item: string;
  readonly done: boolean;
}

/** A claim's checklist: its kind's items, each with whether the claim ticked it (ticks of removed items are left out). */
export function claimChecklist(
  checklists: Checklists,
  claim: { readonly kind: ClaimKind; readonly ticks?: readonly string[] },
): ChecklistEntry[] {
  const ticked = new Set(claim.ticks ?? []);
  return checklists[claim.kind].map((entry) => ({
    id: entry.id,
    item: entry.text,
    done: ticked.has(entry.id),
  }));
}
