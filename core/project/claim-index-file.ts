import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FileCodec } from '../storage/file-codec';
import { DurableJsonFile } from '../storage/json-file-adapter';

/**
 * Where a project keeps what it can rebuild: never part of its state, never backed up or restored,
 * safe to delete (and to leave out of a shared copy of the project).
 */
export const CACHE_FOLDER = '.cache';
export const CLAIM_INDEX_PATH = `${CACHE_FOLDER}/claim-index.json`;

const IdSchema = z.string().min(1).max(64);
const ClaimIndexSchema = z.object({
  format: z.literal('factdesk-claim-index'),
  version: z.literal(1),
  /** Each document's claim ids. */
  documents: z.record(IdSchema, z.array(IdSchema)),
});
type ClaimIndexData = z.infer<typeof ClaimIndexSchema>;

/**
 * `.cache/claim-index.json`: which document holds each claim, so a command about one claim opens
 * only that claim's document. It is a hint and never the truth: whoever uses it checks the document
 * it names really holds the claim, and reads every document when it does not (the index is then
 * written anew). So an index that is missing, damaged, or stale (an older Factdesk, a restored
 * backup, a crash before it was written) costs time, never a wrong answer. Encrypted with the project.
 */
export class ClaimIndexFile {
  private readonly file: DurableJsonFile<ClaimIndexData>;

  constructor(
    private readonly dir: string,
    codec: FileCodec,
  ) {
    this.file = new DurableJsonFile(join(dir, CLAIM_INDEX_PATH), {
      schema: ClaimIndexSchema,
      label: CLAIM_INDEX_PATH,
      codec,
    });
  }

  /** Each document's claim ids as last written; null when there is no usable index. */
  async read(): Promise<Map<string, readonly string[]> | null> {
    try {
      const data = await this.file.read();
      return data ? new Map(Object.entries(data.documents)) : null;
    } catch {
      return null;
    }
  }

  /** True when the file is there (whatever it holds). */
  async exists(): Promise<boolean> {
    return access(join(this.dir, CLAIM_INDEX_PATH)).then(
      () => true,
      () => false,
    );
  }

  /** Writes the index durably; a failure is only reported (it is a cache). */
  async write(documents: Iterable<readonly [string, readonly string[]]>): Promise<void> {
    const data: ClaimIndexData = { format: 'factdesk-claim-index', version: 1, documents: {} };
    for (const [documentId, claimIds] of documents) data.documents[documentId] = [...claimIds];
    try {
      await mkdir(join(this.dir, CACHE_FOLDER), { recursive: true });
      await this.file.write(data);
    } catch (error) {
      console.warn(`[factdesk] The claim index of ${this.dir} could not be written: ${String(error)}`);
    }
  }
}

/** The document an index says holds `claimId`, if any. */
export function indexedDocumentOf(
  index: ReadonlyMap<string, readonly string[]>,
  claimId: string,
): string | undefined {
  for (const [documentId, claimIds] of index) if (claimIds.includes(claimId)) return documentId;
  return undefined;
}
