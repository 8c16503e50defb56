// Measures the project store at 1,000, 10,000 and 100,000 claims, each figure beside a floor measured
// in the same run on the same bytes: opening vs reading and JSON.parse of the project's files, and a
// durable mark vs one durable write of the file that must change.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { buildDocument } from '../../core/drafts/build-document';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { OpenProject } from '../../core/project/open-project';
import { writeFileDurably } from '../../core/storage/durable-write';
import { buildDraft } from './extract-throughput';

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** A project of at least `claims` claims, made of ~4 kB documents of varied sample text. */
export async function buildProject(
  dir: string,
  claims: number,
  { documents = Infinity }: { readonly documents?: number } = {},
): Promise<void> {
  const project = await OpenProject.create(dir, `Bench ${claims}`, { tool: 'bench' });
  let count = 0;
  const batch = [];
  // Until there are enough claims, or (when given) exactly that many documents.
  for (let i = 0; documents === Infinity ? count < claims : i < documents; i++) {
    const text = buildDraft(4000, i);
    const doc = buildDocument(findClaimsIn({ fileName: `draft-${i}.txt`, format: 'txt', text }), 'bench');
    count += doc.claims.length;
    batch.push(doc);
    if (batch.length === 500) await project.addDocuments(batch.splice(0));
  }
  await project.addDocuments(batch);
  await project.close();
}

/** Reading and JSON.parse of every file of the project: the floor for opening it. */
async function parseAllFiles(dir: string): Promise<number> {
  let claims = 0;
  JSON.parse(await readFile(join(dir, 'project.json'), 'utf8'));
  for (const name of await readdir(join(dir, 'documents'))) {
    claims += (JSON.parse(await readFile(join(dir, 'documents', name), 'utf8')) as { claims: unknown[] })
      .claims.length;
  }
  return claims;
}

/** Runs the store benchmark on the project in `dir` (which it marks); every figure is named with its unit. */
export async function measureStoreAt(dir: string): Promise<Record<string, unknown>> {
  const openMs: number[] = [];
  const floorMs: number[] = [];
  let claimCount = 0;
  for (let run = 0; run < 5; run++) {
    floorMs.push(await timeMs(() => parseAllFiles(dir)));
    openMs.push(
      await timeMs(async () => {
        const project = await OpenProject.open(dir, { tool: 'bench', readOnly: true });
        claimCount = project.view().claimCount;
      }),
    );
  }
  const project = await OpenProject.open(dir, { tool: 'bench' });
  const rows = await project.claimRows();
  const markMs: number[] = [];
  const writeFloorMs: number[] = [];
  // How long the event loop (the main process, in the app) was held up at worst while marks were written.
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  for (let run = 0; run < 30; run++) {
    const row = rows[(run * 7919) % rows.length]!;
    markMs.push(
      await timeMs(() =>
        project.changeClaim(
          row.id,
          [{ type: 'setStatus', claimId: row.id, status: run % 2 ? 'verified' : 'disputed' }],
          {
            by: 'bench',
            at: new Date().toISOString(),
          },
        ),
      ),
    );
    const doc = project.document(row.documentId);
    writeFloorMs.push(
      await timeMs(() => writeFileDurably(join(dir, 'documents', `${doc.id}.json`), JSON.stringify(doc))),
    );
  }
  stalls.disable();
  const listMs = median(
    await Promise.all([0, 1, 2].map(() => timeMs(async () => await project.claimRows()))),
  );
  await project.close();
  return {
    claims: claimCount,
    openMedianMs: +median(openMs).toFixed(1),
    openFloorMedianMs: +median(floorMs).toFixed(1),
    openRatio: +(median(openMs) / median(floorMs)).toFixed(2),
    markDurableMedianMs: +median(markMs).toFixed(2),
    markFloorMedianMs: +median(writeFloorMs).toFixed(2),
    markRatio: +(median(markMs) / median(writeFloorMs)).toFixed(2),
    markLongestEventLoopStallMs: +(stalls.max / 1e6).toFixed(1),
    listClaimsMedianMs: +listMs.toFixed(1),
  };
}

/** Builds a project of each size in a temporary folder, runs `measure` on it, and removes it. */
export async function withProject<T>(
  size: number,
  measure: (dir: string, buildSeconds: number) => Promise<T>,
): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-bench-'));
  const dir = join(root, 'bench.factdesk');
  try {
    const built = await timeMs(() => buildProject(dir, size));
    return await measure(dir, +(built / 1000).toFixed(1));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Runs the store benchmark at each size. */
export async function measureStore(sizes = [1_000, 10_000, 100_000]): Promise<Record<string, unknown>[]> {
  const results: Record<string, unknown>[] = [];
  for (const size of sizes) {
    results.push(
      await withProject(size, async (dir, buildSeconds) => ({
        buildSeconds,
        ...(await measureStoreAt(dir)),
      })),
    );
  }
  return results;
}
