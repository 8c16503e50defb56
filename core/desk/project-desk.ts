import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  foldProject,
  foldRevisions,
  latestBase,
  newReplicaState,
  takeIn,
  writeEntry,
  type DeskEntry,
  type DeskOp,
  type FoldedProject,
  type ReplicaState,
} from '../../shared/desk';
import type { DocumentVersion, FactdeskDocument } from '../../shared/domain';
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
  /** Every base of each document, and the latest (the one its text comes from). */
  private readonly bases = new Map<string, { path: string; base: BaseFile }>();
  private readonly allBases = new Map<string, { path: string; base: BaseFile }[]>();
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

  /**
   * Starts the state of a copy being cloned from `remote`, before its project.json is written: a
   * clone killed after that is a project whose next open folds what it lacks and whose next sync
   * knows where to sync.
   */
  static async startClone(dir: string, remote: string): Promise<void> {
    const state: LocalState = { replica: newId('p').slice(1), applied: {}, bases: {}, remote };
    await mkdir(join(dir, LOCAL_FOLDER), { recursive: true });
    await writeFileDurably(join(dir, LOCAL_STATE), JSON.stringify(state, null, 1));
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
    this.allBases.clear();
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
      this.keepBase(parsed.documentId, { path, base });
    }
  }

  private keepBase(documentId: string, known: { path: string; base: BaseFile }): void {
    const list = [...(this.allBases.get(documentId) ?? []), known];
    this.allBases.set(documentId, list);
    const latest = latestBase(list.map((entry) => entry.base));
    this.bases.set(
      documentId,
      list.find((entry) => entry.base === latest)!,
    );
  }

  /** What names the bases a document's file was folded from: the latest, and how many there are. */
  private basesKey(documentId: string): string | undefined {
    const latest = this.bases.get(documentId);
    const count = this.allBases.get(documentId)?.length ?? 0;
    return latest && (count > 1 ? `${latest.path}+${count}` : latest.path);
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
    for (const documentId of this.bases.keys()) {
      if (!onDisk.has(documentId) || this.local.bases[documentId] !== this.basesKey(documentId))
        stale.add(documentId);
    }
    for (const [documentId, entries] of this.byDocument) {
      if (entries.some((entry) => entry.seq > (this.local.applied[entry.replica] ?? 0)))
        stale.add(documentId);
    }
    return [...stale].filter((id) => this.bases.has(id));
  }

  /**
   * A document as its latest base and every logged change not seen by that base make it, with any
   * revision made at the same time on another copy kept as a version (fold-revisions.ts). Earlier
   * versions may carry their texts inline, for the versions file.
   */
  fold(documentId: string): FactdeskDocument {
    const bases = this.allBases.get(documentId);
    if (!bases) throw new Error(`no base for document ${documentId}`);
    return foldRevisions(
      bases.map((entry) => entry.base),
      this.byDocument.get(documentId) ?? [],
    );
  }

  /**
   * The project's own settings (title, methodology, checklists) and their history, from the
   * project's entries; `sharedTitle` (desk/project.json) is what the first rename replaced.
   */
  foldProject(projectId: string, sharedTitle?: string): FoldedProject {
    return foldProject(projectId, this.byDocument.get(projectId) ?? [], sharedTitle);
  }

  /** Notes that the documents on disk now hold every change read so far. */
  async markApplied(): Promise<void> {
    await this.writing;
    const applied: Record<string, number> = {};
    for (const [replica, count] of this.counts) applied[replica] = count;
    const bases: Record<string, string> = {};
    for (const documentId of this.bases.keys()) bases[documentId] = this.basesKey(documentId)!;
    await this.saveLocal({ ...this.local, applied, bases });
  }

  /** Records that the remote for syncing is `remote` (a URL without credentials). */
  async setRemote(remote: string | undefined, lastSync?: string): Promise<void> {
    await this.saveLocal({ ...this.local, remote, lastSync: lastSync ?? this.local.lastSync });
  }

  /**
   * Writes the base of a new document (imported here), or of a new text of one, with the texts of
   * its earlier versions (so every copy can show them), and notes the document file holds it.
   */
  async addBase(doc: FactdeskDocument, earlier: readonly DocumentVersion[] = []): Promise<void> {
    await this.writing;
    const clock = this.replica.latest;
    const base: BaseFile = {
      format: 'factdesk-base',
      replica: this.replica.replica,
      seq: this.replica.seq,
      at: clock?.at ?? new Date().toISOString(),
      tick: clock?.tick ?? 0,
      seen: { ...this.replica.seen },
      document: withVersionTexts(doc, earlier),
    };
    // A base is written once and never changed: a second base written after the same entry takes the next number.
    const taken = new Set((this.allBases.get(doc.id) ?? []).map((known) => known.path));
    let number = base.seq;
    while (taken.has(basePath(doc.id, base.replica, number))) number++;
    const path = basePath(doc.id, base.replica, number);
    await mkdir(join(this.dir, BASES_FOLDER), { recursive: true });
    await baseAdapter(this.dir, path, this.codec).write(base);
    this.keepBase(doc.id, { path, base });
    this.local = { ...this.local, bases: { ...this.local.bases, [doc.id]: this.basesKey(doc.id)! } };
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

/** `doc` with the texts of its earlier versions inline (those `earlier` has). */
function withVersionTexts(doc: FactdeskDocument, earlier: readonly DocumentVersion[]): FactdeskDocument {
  if (!doc.versions?.length || earlier.length === 0) return doc;
  const texts = new Map(earlier.map((version) => [version.number, version.text]));
  return {
    ...doc,
    versions: doc.versions.map((entry) => {
      const text = entry.text ?? texts.get(entry.number);
      return text === undefined ? entry : { ...entry, text };
    }),
  };
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
