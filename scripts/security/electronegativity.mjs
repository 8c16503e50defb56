// `npm run test:electronegativity`: scans the Electron shell with Doyensec's electronegativity, the
// built bundle (dist/electron, what ships) and its sources (electron/, where findings have lines),
// and fails on any HIGH or MEDIUM finding that electronegativity-allowlist.json does not list with
// a reason. The tool runs from a local install when there is one, else through npx at a pinned
// version. It cannot reach GitHub here, so the release-list check (which downloads Electron's
// releases) is skipped and the Electron version is given from package-lock.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '1.10.3';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// `--allowlist FILE` checks against another list (to see the gate fail on a finding left out).
const allowlistArg = process.argv.indexOf('--allowlist');
const allowlistFile =
  allowlistArg > 0 && process.argv[allowlistArg + 1]
    ? process.argv[allowlistArg + 1]
    : join(root, 'scripts', 'security', 'electronegativity-allowlist.json');
const SCANS = [
  { name: 'dist', input: join(root, 'dist', 'electron') },
  { name: 'sources', input: join(root, 'electron') },
];
const BLOCKING = new Set(['HIGH', 'MEDIUM']);

function fail(message) {
  process.stderr.write(`electronegativity: ${message}\n`);
  process.exit(1);
}

function electronVersion() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const version = lock.packages?.['node_modules/electron']?.version;
  if (!version) fail('package-lock.json names no electron version.');
  return version;
}

/** The command that runs electronegativity: the local one, or npx at the pinned version. */
function tool() {
  const local = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  if (existsSync(local)) return [process.execPath, local];
  return ['npx', '--yes', `@doyensec/electronegativity@${VERSION}`];
}

/** One CSV line of electronegativity's output, split into its fields (quoted or not). */
function csvFields(line) {
  const fields = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g;
  let match;
  while (pattern.lastIndex < line.length && (match = pattern.exec(line))) {
    fields.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]);
    if (match[0] === '') break;
  }
  return fields;
}

function scan({ name, input }, version, work) {
  if (!existsSync(input)) fail(`${input} does not exist; run npm run build first.`);
  const output = join(work, `${name}.csv`);
  const [command, ...args] = tool();
  const run = spawnSync(
    command,
    [...args, '-i', input, '-e', version, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', output],
    { encoding: 'utf8', timeout: 10 * 60 * 1000 },
  );
  if (run.status !== 0 || !existsSync(output)) {
    fail(
      `the ${name} scan did not finish (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr.trim().slice(-500)}`,
    );
  }
  const [, ...lines] = readFileSync(output, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  return lines.map((line) => {
    const [check, severity, confidence, file, location, sample] = csvFields(line);
    return { scan: name, check, severity, confidence, file, location, sample };
  });
}

const allowlist = JSON.parse(readFileSync(allowlistFile, 'utf8'));
for (const entry of allowlist) {
  if (!entry.reason || entry.reason.trim().length < 20)
    fail(`the allowlist entry for ${entry.check} needs a reason.`);
}
const allowed = (finding) =>
  allowlist.find(
    (entry) => entry.scan === finding.scan && entry.check === finding.check && entry.file === finding.file,
  );

const version = electronVersion();
const work = mkdtempSync(join(tmpdir(), 'factdesk-electronegativity-'));
let findings;
try {
  findings = SCANS.flatMap((target) => scan(target, version, work));
} finally {
  rmSync(work, { recursive: true, force: true });
}
const blocking = findings.filter((finding) => BLOCKING.has(finding.severity));
const unexplained = blocking.filter((finding) => !allowed(finding));
const stale = allowlist.filter(
  (entry) => !findings.some((f) => f.scan === entry.scan && f.check === entry.check && f.file === entry.file),
);
for (const finding of unexplained) {
  process.stderr.write(
    `NEW ${finding.severity} ${finding.check} (${finding.scan}) ${finding.file}:${finding.location} ${finding.sample ?? ''}\n`,
  );
}
for (const entry of stale)
  process.stdout.write(
    `no longer found (remove from the allowlist): ${entry.check} (${entry.scan}) ${entry.file}\n`,
  );
process.stdout.write(
  `electronegativity ${VERSION} on Electron ${version}: ${findings.length} findings, ${blocking.length} high or medium, ${blocking.length - unexplained.length} reviewed in the allowlist, ${unexplained.length} new\n`,
);
process.exit(unexplained.length > 0 ? 1 : 0);
