import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listSnapshots } from '../../core/backups/list-snapshots';
import { validateSnapshot } from '../../core/backups/validate-snapshot';
import { OpenProject } from '../../core/project/open-project';
import { plainCodec } from '../../core/storage/file-codec';
import { LOCK_FILE } from '../../core/storage/project-lock';

/** How the kill -9 harness runs. */
export interface KillHarnessOptions {
  /** A seeded project folder. */
  readonly dir: string;
  /** The bundled `mark-loop-child` script. */
  readonly childScript: string;
  readonly kills: number;
  /** Stops after this many milliseconds even if fewer kills were made (CI on a busy machine). */
  readonly budgetMs?: number;
  /**
   * Most children are killed at a random moment in [0, maxRunMs) after they said they opened the
   * project (marking); one in four at a random moment in [0, maxOpenMs) after they were started
   * (starting, taking the lock, reading, snapshotting).
   */
  readonly maxRunMs: number;
  readonly maxOpenMs: number;
  readonly seed: number;
  /** Every this many kills, every complete snapshot is validated too. */
  readonly checkSnapshotsEvery?: number;
  readonly onKill?: (figures: KillFigures) => void;
}

/** What the harness measured. Every `lost…` figure must be 0. */
export interface KillFigures {
  kills: number;
  /** Kills that came before the child had opened the project (during open, lock, snapshot). */
  killedWhileOpening: number;
  /** Marks whose promise had resolved (acknowledged) before the kill. */
  acknowledged: number;
  /** Acknowledged marks not found on disk afterwards. */
  lostAcknowledged: number;
  /** Changes sent but not acknowledged when the child died (at most these may be lost). */
  inFlightAtKill: number;
  /** Of those, how many were on disk anyway. */
  inFlightSaved: number;
  /** Locks left by a killed writer that the next writer took over. */
  staleLocksRecovered: number;
  /** Files validated after kills (every project file, each time). */
  filesValidated: number;
  snapshotsValidated: number;
  /** Files that did not validate (must stay 0). */
  damagedFiles: number;
}

/**
 * Starts a child that marks claims in a tight loop, SIGKILLs it at a random moment, and checks:
 * the project opens (a stale lock of the dead child is recovered by the next child), every file
 * validates, and every acknowledged mark is on disk (only in-flight changes may be lost). A
 * failure throws with what was wrong; the figures say what was tried.
 */
export async function runKillHarness(options: KillHarnessOptions): Promise<KillFigures> {
  const figures: KillFigures = {
    kills: 0,
    killedWhileOpening: 0,
    acknowledged: 0,
    lostAcknowledged: 0,
    inFlightAtKill: 0,
    inFlightSaved: 0,
    staleLocksRecovered: 0,
    filesValidated: 0,
    snapshotsValidated: 0,
    damagedFiles: 0,
  };
  const expected = new Map<string, number>();
  let random = options.seed >>> 0;
  const next = () => (random = (Math.imul(random, 1664525) + 1013904223) >>> 0) / 4294967296;
  let staleLock = false;
  const deadline = performance.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  for (let kill = 0; kill < options.kills && performance.now() < deadline; kill++) {
    const run = await runChild(options, (kill + 1) * 1_000_000, next() < 0.25, next());
    if (run.ready && staleLock) figures.staleLocksRecovered++;
    if (!run.ready) figures.killedWhileOpening++;
    figures.kills++;
    const inFlight = new Map(run.sent);
    for (const [n, id] of run.acked) {
      inFlight.delete(n);
      expected.set(id, Math.max(expected.get(id) ?? 0, n));
      figures.acknowledged++;
    }
    const onDisk = await readSeqs(options.dir, figures);
    for (const [id, n] of expected) {
      if ((onDisk.get(id) ?? -1) < n) figures.lostAcknowledged++;
    }
    figures.inFlightAtKill += inFlight.size;
    for (const [n, id] of inFlight) if ((onDisk.get(id) ?? -1) >= n) figures.inFlightSaved++;
    staleLock = await hasStaleLock(options.dir);
    if (options.checkSnapshotsEvery && kill % options.checkSnapshotsEvery === 0) {
      for (const snapshot of await listSnapshots(options.dir)) {
        await validateSnapshot(snapshot, plainCodec);
        figures.snapshotsValidated++;
      }
    }
    options.onKill?.(figures);
    if (figures.lostAcknowledged > 0) {
      throw new Error(`Kill ${kill + 1}: ${figures.lostAcknowledged} acknowledged marks are not on disk.`);
    }
  }
  return figures;
}

interface ChildRun {
  ready: boolean;
  sent: Map<number, string>;
  acked: [number, string][];
}

function runChild(
  options: KillHarnessOptions,
  base: number,
  early: boolean,
  when: number,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [options.childScript, options.dir, String(base), String(base ^ 0x5bd1e995)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const run: ChildRun = { ready: false, sent: new Map(), acked: [] };
    let out = '';
    let err = '';
    const kill = () => child.kill('SIGKILL');
    let timer = early ? setTimeout(kill, Math.floor(when * options.maxOpenMs)) : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(kill, Math.floor(when * options.maxRunMs));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`The child stopped by itself (exit ${code}): ${err.trim() || out.slice(-500)}`));
        return;
      }
      for (const line of out.split('\n')) {
        const [word, n, id] = line.split(' ');
        if (word === 'ready') run.ready = true;
        else if (word === 'send' && n && id) run.sent.set(Number(n), id);
        else if (word === 'ack' && n && id) run.acked.push([Number(n), id]);
      }
      resolve(run);
    });
  });
}

/** Opens the project read-only (which validates every file) and reads each claim's and the methodology's seq. */
async function readSeqs(dir: string, figures: KillFigures): Promise<Map<string, number>> {
  let project: OpenProject;
  try {
    project = await OpenProject.open(dir, { tool: 'kill-9 checker', readOnly: true });
  } catch (error) {
    figures.damagedFiles++;
    throw new Error(`After kill ${figures.kills} the project does not open: ${(error as Error).message}`, {
      cause: error,
    });
  }
  figures.filesValidated += 1 + project.view().documents.length;
  const seqs = new Map<string, number>();
  const seqOf = (text: string) => (text.startsWith('seq:') ? Number(text.slice(4)) : -1);
  for (const row of await project.claimRows()) seqs.set(row.id, seqOf(row.note));
  seqs.set('methodology', seqOf(project.view().methodology));
  await project.close();
  return seqs;
}

/** True when a lock is left and every process in it is gone (the killed child's). */
async function hasStaleLock(dir: string): Promise<boolean> {
  const entries = await readdir(join(dir, LOCK_FILE)).catch(() => null);
  const owners = (entries ?? []).filter((name) => name.startsWith('owner-'));
  if (owners.length === 0) return false;
  for (const name of owners) {
    const owner = JSON.parse(await readFile(join(dir, LOCK_FILE, name), 'utf8')) as { pid: number };
    try {
      process.kill(owner.pid, 0);
      throw new Error(
        `The lock of ${dir} names process ${owner.pid}, which is still running after its kill.`,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
  return true;
}
