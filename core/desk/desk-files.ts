import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, DocumentSchema } from '../../shared/domain';
import { documentMigrations } from '../../shared/schema/migrations';
import { migrate } from '../../shared/schema/migrate';

/*
 * Where a project keeps what is shared with the desk (everything under desk/, the attachments and the
 * encryption header travel through git), and what stays on this machine (.factdesk-local/, the
 * documents and project.json, which are the fold of the shared files, rebuilt from them when needed).
 */

export const DESK_FOLDER = 'desk';
export const LOGS_FOLDER = `${DESK_FOLDER}/logs`;
export const BASES_FOLDER = `${DESK_FOLDER}/bases`;
/** The project's identity and title as shared: written once, by whoever shared it first. */
export const DESK_PROJECT_FILE = `${DESK_FOLDER}/project.json`;
/** This copy's own state: its replica id, how far each log has been folded in, the sync remote. */
export const LOCAL_FOLDER = '.factdesk-local';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `desk/logs/<replica>.jsonl`: one replica's change log, one entry per line. */
export function logPath(replica: string): string {
  return `${LOGS_FOLDER}/${replica}.jsonl`;
}

/** The replica whose log is at `name` (a file name in desk/logs), or null for anything else. */
export function replicaOfLog(name: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.jsonl$/.exec(name);
  return match ? match[1]! : null;
}

/** `desk/bases/<document>.<replica>.<seq>.json`: a document as imported (or revised), never changed after. */
export function basePath(documentId: string, replica: string, seq: number): string {
  return `${BASES_FOLDER}/${documentId}.${replica}.${seq}.json`;
}

export function parseBaseName(name: string): { documentId: string; replica: string; seq: number } | null {
  const parts = name.split('.');
  if (parts.length !== 4 || parts[3] !== 'json') return null;
  const [documentId, replica, seq] = parts as [string, string, string];
  if (!ID.test(documentId) || !ID.test(replica) || !/^\d{1,15}$/.test(seq)) return null;
  return { documentId, replica, seq: Number(seq) };
}

/**
 * A base: the document as it stood when it was imported, revised or first shared, with what its
 * writer had seen then. The fold applies to it only the changes its writer had not seen.
 */
export const BaseFileSchema = z.strictObject({
  format: z.literal('factdesk-base'),
  replica: z.string().regex(ID),
  seq: z.number().int().nonnegative(),
  at: z.string().max(40),
  tick: z.number().int().nonnegative(),
  seen: z.record(z.string().regex(ID), z.number().int().positive()),
  // A base is never rewritten: one from an older schema is brought up to date as it is read.
  document: z.preprocess(upgradedDocument, DocumentSchema),
});
export type BaseFile = z.infer<typeof BaseFileSchema>;

/** A base's document in the current schema (what cannot be upgraded is left for the schema to refuse). */
function upgradedDocument(document: unknown): unknown {
  const version = (document as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || version >= CURRENT_SCHEMA_VERSION) return document;
  try {
    return migrate(document, CURRENT_SCHEMA_VERSION, documentMigrations, 'base');
  } catch {
    return document;
  }
}

/** desk/project.json: what a clone needs to rebuild project.json. */
export const DeskProjectSchema = z.strictObject({
  format: z.literal('factdesk-desk'),
  id: z.string().regex(ID),
  title: z.string().max(1000),
  createdAt: z.string().max(40),
});
export type DeskProject = z.infer<typeof DeskProjectSchema>;

/** .factdesk-local/state.json */
export const LocalStateSchema = z.strictObject({
  replica: z.string().regex(ID),
  /** For each log (by replica), how many of its entries the documents on disk hold. */
  applied: z.record(z.string().regex(ID), z.number().int().nonnegative()),
  /** For each document, the base its file was folded from. */
  bases: z.record(z.string().regex(ID), z.string().max(300)),
  remote: z.string().max(2000).optional(),
  lastSync: z.string().max(40).optional(),
});
export type LocalState = z.infer<typeof LocalStateSchema>;
