// The one write path, each figure beside a floor measured in the same run on the same bytes:
// - a mark (the app's path: session, operation, undo record, durable write) on one draft of 20,000
//   claims, against one durable write of that document's file;
// - `factdesk mark` on a project of 6,000 drafts (the command as the CLI runs it: open on demand,
//   the claim index, one document read and written, close), against reading and JSON.parse of
//   every file of the project; and the whole CLI process, against starting Node with nothing to do.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markClaim } from '../../cli/commands/project-commands';
import { createServices, noDialogs } from '../../core/index';
import { buildDocument } from '../../core/drafts/build-document';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { OpenProject } from '../../core/project/open-project';
import { writeFileDurably } from '../../core/storage/durable-write';
import { buildDraft } from './extract-throughput';
import { buildProject, median } from './store';

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

const ratio = (a: number[], b: number[]) => +(median(a) / median(b)).toFixed(2);
const ms = (values: number[]) => +median(values).toFixed(1);

/** One draft of at least `claims` claims in a new project at `dir`. */
async function bigDraftProject(dir: string, claims: number): Promise<string> {
  let size = 1_000_000;
  for (;;) {
    const outcome = findClaimsIn(
      { fileName: 'big.txt', format: 'txt', text: buildDraft(size, 7) },
      { dismissed: [] },
    );
    // The finder suggests one claim per two sentences at most on long drafts; grow until enough.
    if (outcome.found.claims.length >= claims) {
      const project = await OpenProject.create(dir, 'Big draft', { tool: 'bench', backups: false });
      const doc = buildDocument(outcome, 'bench');
      await project.addDocument(doc);
      await project.close();
      return doc.id;
    }
    size = Math.ceil((size * claims * 1.1) / Math.max(1, outcome.found.claims.length));
  }
}

/** A mark through the app's session on one big draft, against one durable write of its file. */
export async function measureBigDraftMark(claims = 20_000, runs = 15): Promise<Record<string, unknown>> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-bench-write-'));
  try {
    const dir = join(root, 'big.factdesk');
    const documentId = await bigDraftProject(dir, claims);
    const services = await createServices({
      userDataDir: join(root, 'user'),
      mode: 'web',
      version: 'bench',
      dialogs: noDialogs,
    });
    const session = services.createSession();
    await session.openProject(dir);
    const doc = session.project.document(documentId);
    const file = join(dir, 'documents', `${documentId}.json`);
    const markMs: number[] = [];
    const floorMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const claimId = doc.claims[(run * 7919) % doc.claims.length]!.id;
      const status = run % 2 ? 'verified' : 'disputed';
      markMs.push(await timeMs(() => session.changeClaim(claimId, [{ type: 'setStatus', claimId, status }])));
      floorMs.push(
        await timeMs(() => writeFileDurably(file, JSON.stringify(session.project.document(documentId)))),
      );
    }
    const undoMs = await timeMs(() => session.undo());
    const bytes = (await readFile(file)).length;
    await services.close();
    return {
      claims: doc.claims.length,
      fileMiB: +(bytes / 2 ** 20).toFixed(1),
      markDurableMedianMs: ms(markMs),
      floorDurableWriteMedianMs: ms(floorMs),
      markRatio: ratio(markMs, floorMs),
      undoMs: +undoMs.toFixed(1),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Reading and JSON.parse of every file of a project: the floor for anything that would read it whole. */
export async function readAndParseAll(dir: string): Promise<void> {
  JSON.parse(await readFile(join(dir, 'project.json'), 'utf8'));
  for (const name of await readdir(join(dir, 'documents'))) {
    JSON.parse(await readFile(join(dir, 'documents', name), 'utf8'));
  }
}

/** `factdesk mark` on a project of `drafts` drafts, against reading and parsing all of it. */
export async function measureCliMark(drafts = 6_000, runs = 7): Promise<Record<string, unknown>> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-bench-cli-'));
  try {
    const dir = join(root, 'many.factdesk');
    // ~4 kB drafts: about 17 claims each.
    await buildProject(dir, drafts * 17, { documents: drafts });
    const reader = await OpenProject.open(dir, { tool: 'bench', readOnly: true });
    const documents = reader.allDocuments().length;
    const ids = (await reader.claimRows()).map((row) => row.id);
    await reader.close();
    // The app (or any command that read everything) has closed the project once: the index is written.
    await (await OpenProject.open(dir, { tool: 'bench' })).close();
    const markMs: number[] = [];
    const floorMs: number[] = [];
    const processMs: number[] = [];
    const nodeMs: number[] = [];
    const bin = join(process.cwd(), 'bin', 'factdesk.mjs');
    for (let run = 0; run < runs; run++) {
      const claimId = ids[(run * 7919) % ids.length]!;
      floorMs.push(await timeMs(() => readAndParseAll(dir)));
      markMs.push(
        await timeMs(() => markClaim(dir, claimId, run % 2 ? 'verified' : 'unsourced', undefined, 'bench')),
      );
      processMs.push(
        await timeMs(async () => {
          execFileSync(process.execPath, [bin, 'mark', dir, claimId, 'disputed', '--by', 'bench'], {
            stdio: 'pipe',
          });
        }),
      );
      nodeMs.push(await timeMs(async () => execFileSync(process.execPath, ['-e', ''], { stdio: 'pipe' })));
    }
    return {
      documents,
      claims: ids.length,
      cliMarkMedianMs: ms(markMs),
      floorReadAndParseAllMedianMs: ms(floorMs),
      cliMarkRatio: ratio(markMs, floorMs),
      cliProcessMedianMs: ms(processMs),
      nodeStartMedianMs: ms(nodeMs),
      cliProcessRatio: ratio(processMs, floorMs),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
