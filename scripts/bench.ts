// `npm run bench`: speed and memory figures as JSON, each beside a floor measured in the same run on the
// same data. Machines here are shared and noisy: the figures are medians and ratios, and the load
// average is printed with them. Each size gets one project, used by the store, report and browser
// benches in turn. `npm run bench -- 1000 10000` picks sizes; `--quick` is 1,000 and 10,000 claims;
// `--no-browser` skips the workbench in Chromium, `--reports-only` runs the reports alone (PDF included),
// `--browser-only` runs Chromium alone (with FACTDESK_BENCH_BUILD=DIR it measures that build too, first
// unless FACTDESK_BENCH_CURRENT_FIRST=1,
// on the same project); `--no-write-path` skips the write-path part (a mark on a draft of 20,000 claims,
// `factdesk mark` on 6,000 drafts), `--write-path-only` runs that part alone. docs/scale.md explains the
// figures and the goals. `--cli-claims-only` runs `factdesk claims --json` on 6,000 drafts alone (part of
// the write-path part otherwise; FACTDESK_BENCH_BUILD=DIR runs that build's CLI beside it).
// `--desk-sync-only` runs the team desk's part alone (publish, clone and syncs of 100,000 claims through
// git http-backend on 127.0.0.1); `--no-desk-sync` skips it. `--seen-only` runs the "Checked before"
// lookup alone (100 projects, 100,000 checked claims in the index; then the app's whole lookup path over
// 100 real project folders on disk, fingerprint check included: scripts/bench/seen-desk.ts); `--no-seen` skips it. `--import-only`
// runs `factdesk import` of a folder of 6,000 small drafts alone, the 19 MB (part of the write-path
// part otherwise; FACTDESK_BENCH_BUILD=DIR imports with that build's CLI beside it); `--import-only 2000`
// imports 2,000.
// `--import-parts 2000` times that import's parts apart in this process (scripts/bench/import-parts.ts:
// the workers' start, each job's round trip, the result messages, the batch writes; FACTDESK_BENCH_BUILD=DIR
// uses that build's workers).
// `--desk-clone-only 20000 3` runs `factdesk clone` of a shared project of 20,000 claims alone, 3 runs (
// FACTDESK_BENCH_BUILD=DIR clones with that build's CLI in turn with dist/'s).
import { cpus, loadavg, totalmem } from 'node:os';
import { measureBrowserAt } from './bench/browser';
import { measureExtraction } from './bench/extract-throughput';
import { measureRanking } from './bench/rank-throughput';
import { measureReports } from './bench/reports';
import { measureStoreAt, withProject } from './bench/store';
import { measureTextDiff } from './bench/text-diff';
import { measureCliClaims } from './bench/cli-claims';
import { measureBigDraftMark, measureCliMark } from './bench/write-path';
import { measureDeskSync } from './bench/desk-sync';
import { measureSeenLookup } from './bench/seen-lookup';
import { measureSeenDesk } from './bench/seen-desk';
import { measureFolderImport } from './bench/folder-import';
import { measureDeskClone } from './bench/desk-clone';
import { measureImportParts } from './bench/import-parts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const browser = !args.includes('--no-browser');
const browserOnly = args.includes('--browser-only');
const reportsOnly = args.includes('--reports-only');
const cliClaimsOnly = args.includes('--cli-claims-only');
const writePathOnly = args.includes('--write-path-only');
const deskSyncOnly = args.includes('--desk-sync-only');
const seenOnly = args.includes('--seen-only');
const importOnly = args.includes('--import-only');
const deskCloneOnly = args.includes('--desk-clone-only');
const writePathPart =
  writePathOnly ||
  (!args.includes('--no-write-path') &&
    !browserOnly &&
    !reportsOnly &&
    !cliClaimsOnly &&
    !deskSyncOnly &&
    !seenOnly &&
    !importOnly);
const deskSyncPart =
  deskSyncOnly ||
  (!args.includes('--no-desk-sync') &&
    !browserOnly &&
    !reportsOnly &&
    !cliClaimsOnly &&
    !writePathOnly &&
    !seenOnly &&
    !importOnly);
const seenPart =
  seenOnly ||
  (!args.includes('--no-seen') &&
    !browserOnly &&
    !reportsOnly &&
    !cliClaimsOnly &&
    !writePathOnly &&
    !deskSyncOnly &&
    !importOnly);
const given = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (args.includes('--import-parts')) {
  const loadAtStart = loadavg().map((n) => +n.toFixed(2));
  const parts = await measureImportParts(given[0]);
  const loadAtEnd = loadavg().map((n) => +n.toFixed(2));
  process.stdout.write(
    `${JSON.stringify({ date: new Date().toISOString(), loadAtStart, loadAtEnd, importParts: parts }, null, 2)}\n`,
  );
  process.exit(0);
}
if (deskCloneOnly) {
  const figures = await measureDeskClone(given[0], given[1]);
  process.stdout.write(
    `${JSON.stringify({ loadAverage: loadavg().map((n) => +n.toFixed(2)), deskClone: figures }, null, 2)}\n`,
  );
  process.exit(0);
}
const defaultSizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const sizes =
  writePathOnly || cliClaimsOnly || deskSyncOnly || seenOnly || importOnly
    ? []
    : given.length > 0
      ? given
      : defaultSizes;

const startedAt = new Date().toISOString();
const loadAtStart = loadavg().map((n) => +n.toFixed(2));
/** Each part goes to stderr as it finishes, so a run cut short still leaves its figures. */
function done<T>(part: string, figures: T): T {
  process.stderr.write(`${part}: ${JSON.stringify(figures)}\n`);
  return figures;
}
const skipFinding =
  browserOnly || reportsOnly || writePathOnly || cliClaimsOnly || deskSyncOnly || seenOnly || importOnly;
const extraction = skipFinding ? null : done('extraction', await measureExtraction());
const textDiff = skipFinding ? null : done('text diff', measureTextDiff());
const ranking = skipFinding ? null : done('ranking', await measureRanking());
const writePath = writePathPart
  ? {
      bigDraftMark: done('write path: mark on one big draft', await measureBigDraftMark()),
      cliMark: done('write path: factdesk mark on many drafts', await measureCliMark()),
    }
  : null;
const cliClaims =
  writePathPart || cliClaimsOnly
    ? done('factdesk claims --json on many drafts', await measureCliClaims())
    : null;
const folderImport =
  writePathPart || importOnly
    ? done(
        'factdesk import of a folder of small drafts',
        await measureFolderImport(importOnly && given.length > 0 ? given[0] : undefined),
      )
    : null;
const deskSync = deskSyncPart ? done('desk sync at 100,000 claims', await measureDeskSync()) : null;
const seen = seenPart ? done('checked before lookup at 100,000 claims', await measureSeenLookup()) : null;
const seenDesk = seenPart
  ? done('checked before: the app lookup over 100 project folders', await measureSeenDesk())
  : null;
const store: Record<string, unknown>[] = [];
const reports: Record<string, unknown>[] = [];
const web: Record<string, unknown>[] = [];
for (const size of sizes) {
  await withProject(size, async (dir, buildSeconds) => {
    if (!browserOnly && !reportsOnly)
      store.push(done(`store ${size}`, { buildSeconds, ...(await measureStoreAt(dir)) }));
    // Reports of 1,000 claims take a few ms: the larger sizes say more.
    if (size >= 10_000 && !browserOnly)
      reports.push(done(`reports ${size}`, await measureReports(dir, { runs: size >= 100_000 ? 1 : 3 })));
    if (browser && !reportsOnly) {
      const figures = await measureBrowserAt(dir);
      if (figures) web.push(done(`browser ${size}`, figures));
    }
  });
}
const figures = {
  startedAt,
  finishedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg().map((n) => +n.toFixed(2)),
  },
  extraction,
  textDiff,
  ranking,
  writePath,
  cliClaims,
  folderImport,
  deskSync,
  seen,
  seenDesk,
  store,
  reports,
  browser: web,
  benchPeakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
