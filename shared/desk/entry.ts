import { z } from 'zod';
import {
  CitationSchema,
  ClaimSchema,
  ClaimStatusSchema,
  ClaimKindSchema,
  ClaimValuesSchema,
  AnchorStateSchema,
  SpanSchema,
  HistoryEntrySchema,
  DocumentSchema,
  ProjectChecklistsSchema,
  ProjectFileSchema,
} from '../domain';
import type { Clock } from './clock';

/*
 * A change log entry: one checker's action on one document (a mark, a note, a citation, a merge…),
 * as the operations it is made of, stamped with who made it, on which copy of the project (the
 * replica), its place in that replica's log, its clock, and what that replica had seen of the others.
 * Every replica appends only to its own log, so logs from different machines never need merging
 * line by line: the project's state is the fold of all of them (fold-document.ts).
 */

/** Ids of replicas, claims, documents and citations: the project's id alphabet. */
const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** What the claim finder or a revision decides about where a claim sits and what it is. */
export const ClaimShapeSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().max(20_000),
  kind: ClaimKindSchema,
  score: z.number().min(0).max(1),
  values: ClaimValuesSchema.optional(),
  sentenceStart: z.number().int().nonnegative().optional(),
  sentenceEnd: z.number().int().nonnegative().optional(),
  warnings: z.array(z.string().max(1000)).optional(),
  anchoring: AnchorStateSchema.optional(),
  needsRecheck: z.boolean().optional(),
  previous: ClaimSchema.shape.previous,
});
export type ClaimShape = z.infer<typeof ClaimShapeSchema>;

/** The keys of a claim that its shape holds. */
export const shapeKeys = Object.keys(ClaimShapeSchema.shape) as (keyof ClaimShape)[];

/**
 * One operation. Verdicts and notes are multi-value registers (concurrent different values are
 * contested); assignee, statement and shape are last-writer-wins; citations and claims are sets in
 * which a removal removes only what its writer had seen.
 */
export const DeskOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('status'), claim: IdSchema, status: ClaimStatusSchema }),
  z.strictObject({ op: z.literal('note'), claim: IdSchema, note: ClaimSchema.shape.note }),
  z.strictObject({ op: z.literal('assign'), claim: IdSchema, assignee: z.string().max(200) }),
  z.strictObject({ op: z.literal('statement'), claim: IdSchema, text: ClaimSchema.shape.text }),
  z.strictObject({ op: z.literal('shape'), claim: IdSchema, shape: ClaimShapeSchema }),
  /** Adds a citation, or replaces the one with its id. */
  z.strictObject({ op: z.literal('cite'), claim: IdSchema, citation: CitationSchema }),
  z.strictObject({ op: z.literal('uncite'), claim: IdSchema, citation: IdSchema }),
  /** A new claim with everything it starts with (added by hand, split off, found again). */
  z.strictObject({ op: z.literal('add'), claim: ClaimSchema }),
  z.strictObject({ op: z.literal('remove'), claim: IdSchema }),
  z.strictObject({ op: z.literal('approve'), claim: IdSchema }),
  z.strictObject({ op: z.literal('unapprove'), claim: IdSchema }),
  /** An item of the claim's checklist ticked or unticked: last writer wins, item by item. */
  z.strictObject({ op: z.literal('tick'), claim: IdSchema, item: IdSchema, done: z.boolean() }),
  /** A history line of a change the other operations do not tell (merged, split, found again…). */
  z.strictObject({
    op: z.literal('history'),
    claim: IdSchema,
    action: HistoryEntrySchema.shape.action,
    from: HistoryEntrySchema.shape.from,
    to: HistoryEntrySchema.shape.to,
  }),
  z.strictObject({ op: z.literal('dismiss'), quote: z.string().max(20_000) }),
  z.strictObject({ op: z.literal('boilerplate'), spans: z.array(SpanSchema).max(1_000_000) }),
  /** The draft's title: last writer wins. */
  z.strictObject({ op: z.literal('title'), title: DocumentSchema.shape.title }),
  /** The draft's publication date and where it came from (both absent: no date): last writer wins. */
  z.strictObject({
    op: z.literal('date'),
    date: DocumentSchema.shape.documentDate,
    source: DocumentSchema.shape.documentDateSource,
  }),
  /** The draft's language and whether a person chose it: last writer wins. */
  z.strictObject({
    op: z.literal('language'),
    language: DocumentSchema.shape.language,
    chosen: DocumentSchema.shape.languageChosen,
  }),
  /** The project's methodology paragraph (in the project's own entries): last writer wins. */
  z.strictObject({ op: z.literal('methodology'), text: ProjectFileSchema.shape.methodology }),
  /** The project's own checklists (absent: the defaults), in the project's own entries: last writer wins. */
  z.strictObject({ op: z.literal('checklists'), checklists: ProjectChecklistsSchema.optional() }),
]);
export type DeskOp = z.infer<typeof DeskOpSchema>;

/** `toISOString` output only, so clocks compare as strings. */
const WallSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

export const DeskEntrySchema = z.strictObject({
  /** The replica (one copy of the project on one machine) whose log holds this entry. */
  replica: IdSchema,
  /** Its place in that log: 1, 2, 3, … */
  seq: z.number().int().positive(),
  at: WallSchema,
  tick: z.number().int().nonnegative(),
  /** The checker's name, as history and reports show it. */
  by: z.string().max(200),
  email: z.string().max(320).optional(),
  /** For every other replica, how much of its log this one had seen (the highest seq; absent: none). */
  seen: z.record(IdSchema, z.number().int().positive()),
  document: IdSchema,
  ops: z.array(DeskOpSchema).min(1).max(1_000_000),
});
export type DeskEntry = z.infer<typeof DeskEntrySchema>;

/** An operation's place: its entry and its index in the entry. */
export interface OpStamp extends Clock {
  readonly replica: string;
  readonly seq: number;
  readonly index: number;
}

/** The replica name of what every project starts from (the documents as imported): seen by all. */
export const BASE_REPLICA = '';

/** The stamp of what a document held before any logged change. */
export const BASE_STAMP: OpStamp = { replica: BASE_REPLICA, seq: 0, index: 0, at: '', tick: 0 };

/** True when the writer of `entry`'s operation number `index` had seen the operation stamped `stamp`. */
export function hadSeen(entry: DeskEntry, index: number, stamp: OpStamp): boolean {
  if (stamp.replica === BASE_REPLICA) return true;
  if (stamp.replica === entry.replica) {
    return stamp.seq < entry.seq || (stamp.seq === entry.seq && stamp.index < index);
  }
  return (entry.seen[stamp.replica] ?? 0) >= stamp.seq;
}

/** Orders stamps by clock, then replica, seq and index, so every replica orders them alike. */
export function compareStamps(a: OpStamp, b: OpStamp): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.tick !== b.tick) return a.tick - b.tick;
  if (a.replica !== b.replica) return a.replica < b.replica ? -1 : 1;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.index - b.index;
}

/** The stamp of operation `index` of `entry`. */
export function stampOf(entry: DeskEntry, index: number): OpStamp {
  return { replica: entry.replica, seq: entry.seq, index, at: entry.at, tick: entry.tick };
}

/** A key naming an entry uniquely in a project: `replica:seq`. */
export function entryKey(entry: Pick<DeskEntry, 'replica' | 'seq'>): string {
  return `${entry.replica}:${entry.seq}`;
}
