// Measures the app's whole "Checked before" lookup path (core/seen/desk-index.ts) over a desk of real
// project folders on disk: 100 projects in one archive folder, 1,000 checked claims each (100,000 in
// all) in documents of about 25 claims. At most once a second a lookup starts the check of the desk's
// fingerprint (which projects, and the size and time of each project's files: project-stamp.ts)
// behind its answer from the index, and the renderer asks again for the answer after the check.
// Measured, query by query in turn: the first answer (the lookup that starts the check: what a
// checker who reads each claim for more than a second meets every time), the answer after the check
// (both asks, as the renderer makes them), a lookup within the second (the index alone), and the
// floor: one `stat` of each file the fingerprint looks at (readdir of each project's documents, then
// every stat at once), with no comparing nor index, and the same stats made synchronously one after
// the other; and, for a cheaper fingerprint, a stat of each project's two files and its documents/
// folder alone. Nothing changes between lookups, so no project is read again; the files are in the
// page cache (a desk read a second ago). Run directly (`npx tsx scripts/bench/seen-desk.ts
// [PROJECTS]`) to print JSON; `npm run bench -- --seen-only` runs it after the index's own lookup
// (seen-lookup.ts).
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDocument } from '../../core/drafts/build-document';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { OpenProject } from '../../core/project/open-project';
import { DeskIndex } from '../../core/seen/desk-index';
import type { FactdeskDocument } from '../../shared/domain';
import { claimMaker, percentile, random, restate, type Made } from './seen-claims';
import { median } from './store';

const CLAIMS_PER_PROJECT = 1000;
const CLAIMS_PER_DOCUMENT = 25;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Writes `count` projects of checked claims into `archive`; resolves to every claim's kind and statement. */
async function writeDesk(archive: string, count: number): Promise<Made[]> {
  const make = claimMaker(18);
  const texts: Made[] = [];
  for (let p = 0; p < count; p++) {
    const project = await OpenProject.create(join(archive, `project-${p}.factdesk`), `Project ${p}`, {
      tool: 'bench',
    });
    const docs: FactdeskDocument[] = [];
    for (let n = 0, d = 0; n < CLAIMS_PER_PROJECT; d++) {
      const text = Array.from({ length: CLAIMS_PER_DOCUMENT }, () => make().text).join('\n\n');
      const doc = buildDocument(findClaimsIn({ fileName: `draft-${d}.txt`, format: 'txt', text }), 'bench');
      const claims = doc.claims.slice(0, CLAIMS_PER_PROJECT - n).map((claim, i) => ({
        ...claim,
        status: (i % 3 === 0 ? 'disputed' : 'verified') as FactdeskDocument['claims'][number]['status'],
      }));
      n += claims.length;
      texts.push(...claims.map(({ kind, text }) => ({ kind, text })));
      docs.push({ ...doc, claims });
    }
    await project.addDocuments(docs);
    await project.close();
  }
  return texts;
}

/** The floor: a stat of every file the fingerprint looks at, all at once. */
async function statEveryFile(projects: readonly string[]): Promise<number> {
  const lists = await Promise.all(projects.map((dir) => readdir(join(dir, 'documents'))));
  const files = projects.flatMap((dir, i) => [
    join(dir, 'project.json'),
    join(dir, 'encryption.json'),
    ...lists[i]!.map((name) => join(dir, 'documents', name)),
  ]);
  const infos = await Promise.all(files.map((file) => stat(file).catch(() => null)));
  return infos.length;
}

/** The same stats made one after the other on this thread (no thread pool; the event loop waits). */
function statEveryFileSync(projects: readonly string[]): number {
  let count = 0;
  for (const dir of projects) {
    const documents = join(dir, 'documents');
    const files = [join(dir, 'project.json'), join(dir, 'encryption.json')];
    for (const name of readdirSync(documents)) files.push(join(documents, name));
    for (const file of files) if (statSync(file, { throwIfNoEntry: false })) count++;
  }
  return count;
}

/**
 * What a cheaper fingerprint would cost: a stat of each project's `project.json`, `encryption.json`
 * and `documents/` folder (a folder's time moves when a file is renamed into it), all at once.
 */
async function statFolders(projects: readonly string[]): Promise<number> {
  const files = projects.flatMap((dir) =>
    ['project.json', 'encryption.json', 'documents'].map((name) => join(dir, name)),
  );
  return (await Promise.all(files.map((file) => stat(file).catch(() => null)))).length;
}

export async function measureSeenDesk(projectCount = 100): Promise<Record<string, unknown>> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-bench-seen-desk-'));
  try {
    const archive = join(root, 'archive');
    let t = performance.now();
    const claims = await writeDesk(archive, projectCount);
    const writeSeconds = (performance.now() - t) / 1000;
    const projects = (await readdir(archive)).map((name) => join(archive, name)).sort();
    let clock = 0;
    const desk = new DeskIndex({ folders: () => [archive], unlocked: () => undefined }, { now: () => clock });
    t = performance.now();
    await desk.refresh();
    const readSeconds = (performance.now() - t) / 1000;
    const current = join(root, 'open.factdesk');

    const unseen = claimMaker(1818);
    const r = random(7);
    // Half restate a checked claim, half are new.
    const queries = Array.from({ length: 200 }, (_, i) => {
      const q = i % 2 === 1 ? unseen() : { ...claims[Math.floor(r() * claims.length)]! };
      const text = i % 2 === 1 ? q.text : restate(q.text);
      return { kind: q.kind, text, quote: text };
    });
    // Warm-up, then query by query: the first answer, the one after the check, within the second, floors.
    for (const q of queries.slice(0, 10)) {
      clock += 1000;
      await desk.lookup(q, current);
      await desk.lookup(q, current);
    }
    const first: number[] = [];
    const fresh: number[] = [];
    const indexOnly: number[] = [];
    const floor: number[] = [];
    const folders: number[] = [];
    const syncFloor: number[] = [];
    let files = 0;
    let found = 0;
    for (const q of queries) {
      clock += 1000;
      t = performance.now();
      const result = await desk.lookup(q, current);
      first.push(performance.now() - t);
      if (!result.rechecking) throw new Error('the check did not start');
      const after = await desk.lookup(q, current);
      fresh.push(performance.now() - t);
      if (after.rechecking) throw new Error('the check ran twice');
      if (after.matches.length > 0) found++;
      if (after.projects !== projects.length) throw new Error(`read ${after.projects} projects`);
      t = performance.now();
      await desk.lookup(q, current);
      indexOnly.push(performance.now() - t);
      t = performance.now();
      files = await statEveryFile(projects);
      floor.push(performance.now() - t);
      t = performance.now();
      statEveryFileSync(projects);
      syncFloor.push(performance.now() - t);
      t = performance.now();
      await statFolders(projects);
      folders.push(performance.now() - t);
    }
    return {
      projects: projects.length,
      checkedClaims: claims.length,
      filesFingerprinted: files,
      writeDeskSeconds: round(writeSeconds),
      firstReadSeconds: round(readSeconds),
      lookups: queries.length,
      firstAnswerMedianMs: round(median(first)),
      firstAnswerP95Ms: round(percentile(first, 0.95)),
      answerAfterCheckMedianMs: round(median(fresh)),
      answerAfterCheckP95Ms: round(percentile(fresh, 0.95)),
      lookupWithinSecondMedianMs: round(median(indexOnly)),
      lookupWithinSecondP95Ms: round(percentile(indexOnly, 0.95)),
      floorStatEveryFileMedianMs: round(median(floor)),
      floorStatEveryFileP95Ms: round(percentile(floor, 0.95)),
      afterCheckToFloor: round(median(fresh) / median(floor)),
      floorStatEveryFileSyncMedianMs: round(median(syncFloor)),
      floorStatEveryFileSyncP95Ms: round(percentile(syncFloor, 0.95)),
      statFoldersOnlyMedianMs: round(median(folders)),
      statFoldersOnlyP95Ms: round(percentile(folders, 0.95)),
      queriesWithMatches: found,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const count = Number(process.argv[2] ?? 100);
  process.stdout.write(`${JSON.stringify(await measureSeenDesk(count), null, 2)}\n`);
}
