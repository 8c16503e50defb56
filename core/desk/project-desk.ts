import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compareClocks,
  foldDocument,
  foldProject,
  newReplicaState,
  takeIn,
  writeEntry,
  type DeskEntry,
  type DeskOp,
  type FoldedProject,
  type ReplicaState,
} from '../../shared/desk';
import type { FactdeskDocument } from '../../shared/domain';
import { newId } from '../project/ids';
import { writeFileDurably } from '../storage/durable-write';
import type { FileCodec } from '../storage/file-codec';
import { DurableJsonFile } from '../storage/json-file-adapter';
import {
  BASES_FOLDER,
  BaseFileSchema,
  LOCAL_FOLDER,
  LOGS_FOLDER,
  LocalStateSchema,
  basePath,
  parseBaseName,
  replicaOfLog,
  type BaseFile,
  type LocalState,
} from './desk-files';
import { appendLines, cutTornTail, encodeLine, readLog } from './log-file';

const LOCAL_STATE = `${LOCAL_FOLDER}/state.json`;

/** Who makes changes on this copy, for the log. */
export interface Checker {
  readonly name: string;
  readonly email?: string;
}

/**
 * A project's shared change logs and bases, and this copy's own log. Every change to claims is
 * recorded here as operations before the document file that shows it is written; the documents
 * on disk are the fold of the bases and logs, and are folded again when logs grow from elsewhere
 * (a sync) or a crash left a change in the log only.
 */
export class ProjectDesk {
  private replica: ReplicaState;
  private readonly byDocument = new Map<string, DeskEntry[]>();
  private readonly counts = new Map<string, number>();
  private readonly bases = new Map<string, { path: string; base: BaseFile }>();
  private queue: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  private tailChecked = false;

  private constructor(
    readonly dir: string,
    private readonly codec: FileCodec,
    private local: LocalState,
  ) {
    this.replica = newReplicaState(local.replica);
  }

  /** Reads the logs, bases and this copy's state (made, with a new replica id, when missing). */
  static async open(dir: string, codec: FileCodec): Promise<ProjectDesk> {
    const local = (await readLocalState(dir)) ?? { replica: newId('p').slice(1), applied: {}, bases: {} };
    const desk = new ProjectDesk(dir, codec, local);
    await desk.reload();
    return desk;
  }

  /** Reads every log and base again (after a sync brought new ones). */
  async reload(): Promise<void> {
    // Changes recorded so far are written first; one recorded while the logs are read (the app keeps
    // taking marks during a sync) is kept from memory, and this copy's clock never goes back.
    await this.flush();
    const logs = await readdir(join(this.dir, LOGS_FOLDER)).catch(() => [] as string[]);
    const all: DeskEntry[] = [];
    const counts = new Map<string, number>();
    for (const name of logs.sort()) {
      const replica = replicaOfLog(name);
      if (!replica) continue;
      const entries = await readLog(this.dir, replica, this.codec);
      counts.set(replica, entries.length);
      all.push(...entries);
    }
    const own = this.local.replica;
    const onDisk = counts.get(own) ?? 0;
    const pending = [...this.byDocument.values()]
      .flat()
      .filter((entry) => entry.replica === own && entry.seq > onDisk);
    all.push(...pending);
    if (pending.length > 0) counts.set(own, Math.max(...pending.map((entry) => entry.seq)));
    this.byDocument.clear();
    this.counts.clear();
    this.bases.clear();
    for (const [replica, count] of counts) this.counts.set(replica, count);
    for (const entry of all) {
      const list = this.byDocument.get(entry.document) ?? [];
      list.push(entry);
      this.byDocument.set(entry.document, list);
    }
    this.replica = takeIn(this.replica, all);
    for (const name of (await readdir(join(this.dir, BASES_FOLDER)).catch(() => [] as string[])).sort()) {
      const parsed = parseBaseName(name);
      if (!parsed) continue;
      const path = `${BASES_FOLDER}/${name}`;
      const base = await baseAdapter(this.dir, path, this.codec).read();
      if (!base || base.document.id !== parsed.documentId) continue;
      const known = this.bases.get(parsed.documentId);
      if (!known || laterBase(base, known.base)) this.bases.set(parsed.documentId, { path, base });
    }
  }

  get replicaId(): string {
    return this.local.replica;
  }

  get localState(): LocalState {
    return this.local;
  }

  /** Ids of the documents the desk holds a base for. */
  documentIds(): string[] {
    return [...this.bases.keys()];
  }

  /** The documents whose files on disk do not yet hold every logged change (or are missing). */
  documentsToFold(onDisk: ReadonlySet<string>): string[] {
    const stale = new Set<string>();
    for (const [documentId, { path }] of this.bases) {
      if (!onDisk.has(documentId) || this.local.bases[documentId] !== path) stale.add(documentId);
    }
    for (const [documentId, entries] of this.byDocument) {
      if (entries.some((entry) => entry.seq > (this.local.applied[entry.replica] ?? 0)))
        stale.add(documentId);
    }
    return [...stale].filter((id) => this.bases.has(id));
  }

  /** A document as its base and every logged change not seen by that base make it. */
  fold(documentId: string): FactdeskDocument {
    const known = this.bases.get(documentId);
    if (!known) throw new Error(`no base for document ${documentId}`);
    const { base } = known;
    const unseen = (this.byDocument.get(documentId) ?? []).filter((entry) =>
      entry.replica === base.replica ? entry.seq > base.seq : (base.seen[entry.replica] ?? 0) < entry.seq,
    );
    return foldDocument(base.document, unseen);
  }

  /** The project's own settings (methodology, checklists) and their history, from the project's entries. */
  foldProject(projectId: string): FoldedProject {
    return foldProject(projectId, this.byDocument.get(projectId) ?? []);
  }

  /** Notes that the documents on disk now hold every change read so far. */
  async markApplied(): Promise<void> {
    await this.writing;
    const applied: Record<string, number> = {};
    for (const [replica, count] of this.counts) applied[replica] = count;
    const bases: Record<string, string> = {};
    for (const [documentId, { path }] of this.bases) bases[documentId] = path;
    await this.saveLocal({ ...this.local, applied, bases });
  }

  /** Records that the remote for syncing is `remote` (a URL without credentials). */
  async setRemote(remote: string | undefined, lastSync?: string): Promise<void> {
    await this.saveLocal({ ...this.local, remote, lastSync: lastSync ?? this.local.lastSync });
  }

  /** Writes the base of a new document (imported here) and notes the document file holds it. */
  async addBase(doc: FactdeskDocument): Promise<void> {
    await this.writing;
    const clock = this.replica.latest;
    const base: BaseFile = {
      format: 'factdesk-base',
      replica: this.replica.replica,
      seq: this.replica.seq,
      at: clock?.at ?? new Date().toISOString(),
      tick: clock?.tick ?? 0,
      seen: { ...this.replica.seen },
      document: doc,
    };
    const path = basePath(doc.id, base.replica, base.seq);
    await mkdir(join(this.dir, BASES_FOLDER), { recursive: true });
    await baseAdapter(this.dir, path, this.codec).write(base);
    this.bases.set(doc.id, { path, base });
    this.local = { ...this.local, bases: { ...this.local.bases, [doc.id]: path } };
  }

  /** Records a change to one document's claims in this copy's log; it is durable after `flush`. */
  record(documentId: string, ops: readonly DeskOp[], checker: Checker): void {
    if (ops.length === 0) return;
    const { entry, state } = writeEntry(
      this.replica,
      { by: checker.name, email: checker.email, document: documentId, ops },
      Date.now(),
    );
    this.replica = state;
    const list = this.byDocument.get(documentId) ?? [];
    list.push(entry);
    this.byDocument.set(documentId, list);
    this.counts.set(entry.replica, entry.seq);
    this.queue.push(encodeLine(entry, this.codec));
    this.local = { ...this.local, applied: { ...this.local.applied, [entry.replica]: entry.seq } };
    const lines = this.queue;
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        if (lines !== this.queue || lines.length === 0) return;
        this.queue = [];
        if (!this.tailChecked) {
          await cutTornTail(this.dir, this.replica.replica);
          this.tailChecked = true;
        }
        await appendLines(this.dir, this.replica.replica, lines);
      });
  }

  /** Resolves when every recorded change is in the log on disk. */
  async flush(): Promise<void> {
    await this.writing;
  }

  /** How many entries each log holds, by replica. */
  logLengths(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  private async saveLocal(next: LocalState): Promise<void> {
    this.local = next;
    await mkdir(join(this.dir, LOCAL_FOLDER), { recursive: true });
    await writeFileDurably(join(this.dir, LOCAL_STATE), JSON.stringify(next, null, 1));
  }
}

function laterBase(a: BaseFile, b: BaseFile): boolean {
  const order = compareClocks(a, b);
  if (order !== 0) return order > 0;
  return a.replica === b.replica ? a.seq > b.seq : a.replica > b.replica;
}

function baseAdapter(dir: string, path: string, codec: FileCodec): DurableJsonFile<BaseFile> {
  return new DurableJsonFile(join(dir, path), { schema: BaseFileSchema, label: path, codec });
}

async function readLocalState(dir: string): Promise<LocalState | null> {
  try {
    const parsed = LocalStateSchema.safeParse(JSON.parse(await readFile(join(dir, LOCAL_STATE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
