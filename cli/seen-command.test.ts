// `factdesk seen`: claims of one project matched against claims other projects gave a verdict, through
// the real bin, on projects made with the CLI.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factdesk } from '../test-support/run-factdesk';

interface JsonClaim {
  id: string;
  documentId: string;
  quote: string;
}
interface SeenRow {
  claimId: string;
  matches: {
    project: string;
    documentId: string;
    documentTitle: string;
    claimId: string;
    quote: string;
    status: string;
    checkedAt: string;
    checker: string;
    citations: { url?: string; title: string }[];
  }[];
}

const PASSPHRASE = 'correct horse battery staple';

function ok(args: string[], env?: Record<string, string>) {
  const run = factdesk(args, env ? { env } : {});
  expect(run.code, run.stderr).toBe(0);
  return run;
}

function claims(dir: string, env?: Record<string, string>): JsonClaim[] {
  return JSON.parse(ok(['claims', dir, '--json'], env).stdout) as JsonClaim[];
}

function claimWith(list: JsonClaim[], text: string): JsonClaim {
  const found = list.find((c) => c.quote.includes(text));
  if (!found) throw new Error(`no claim quotes ${text}: ${list.map((c) => c.quote).join(' | ')}`);
  return found;
}

/** A project with one draft; `mark` gives verdicts (and a citation) to the claims quoting those words. */
async function project(
  root: string,
  name: string,
  draft: string,
  mark: Record<string, string>,
  env?: Record<string, string>,
): Promise<string> {
  const dir = join(root, name);
  const file = join(root, `${name}.txt`);
  await writeFile(file, draft);
  ok(['new', dir], env);
  ok(['import', dir, file, '--date', '2024-02-01'], env);
  const list = claims(dir, env);
  for (const [words, status] of Object.entries(mark)) {
    const claim = claimWith(list, words);
    ok(['mark', dir, claim.id, status, '--note', `Checked: ${words}`, '--by', 'Ana'], env);
    ok(['cite', dir, claim.id, '--url', 'https://example.org/troops', '--title', 'Ministry figures'], env);
  }
  return dir;
}

describe('factdesk seen', () => {
  let root: string;
  let archive: string;
  let current: string;
  let old: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'factdesk-seen-'));
    archive = join(root, 'archive');
    await mkdir(archive);
    old = await project(
      archive,
      'january.factdesk',
      'Russia has massed some 100,000 soldiers on the border with Ukraine, officials said on Monday.\n\nThe city hired 1,200 new police officers last year.\n',
      { '100,000 soldiers': 'verified' },
    );
    await project(
      archive,
      'locked.factdesk',
      'The city hired 1,200 new police officers last year, the mayor said.\n',
      { '1,200': 'disputed' },
      { FACTDESK_PASSPHRASE: PASSPHRASE },
    );
    const desk = join(root, 'desk');
    await mkdir(desk);
    current = await project(
      desk,
      'february.factdesk',
      'About 100,000 Russian troops are massed near the border with Ukraine.\n\nThe brigade sent 2,400 paratroopers to the border with Ukraine.\n\nThe city hired 1,200 new police officers last year.\n',
      {},
    );
  }, 120_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists, for each claim, the earlier checked claims it matches, with their verdict and citations', () => {
    const run = ok(['seen', current, '--in', archive, '--json']);
    const rows = JSON.parse(run.stdout) as SeenRow[];
    const mine = claims(current);
    expect(rows.map((r) => r.claimId).sort()).toEqual(mine.map((c) => c.id).sort());
    const troops = rows.find((r) => r.claimId === claimWith(mine, '100,000')!.id)!;
    expect(troops.matches).toHaveLength(1);
    const [match] = troops.matches;
    expect(match).toMatchObject({ project: old, status: 'verified', checker: 'Ana' });
    expect(match!.quote).toContain('100,000 soldiers');
    const earlier = claimWith(claims(old), '100,000 soldiers');
    expect(match!.claimId).toBe(earlier.id);
    // The same view of an earlier claim as the app's Checked before: its document named both ways.
    expect(match!.documentId).toBe(earlier.documentId);
    expect(typeof match!.documentTitle === 'string' && match!.documentTitle.length > 0).toBe(true);
    expect(match!.citations.map((c) => c.url)).toEqual(['https://example.org/troops']);
    expect(Number.isNaN(Date.parse(match!.checkedAt))).toBe(false);
    // "2,400 paratroopers" is not "100,000 soldiers", though both are about the border with Ukraine.
    const paratroopers = rows.find((r) => r.claimId === claimWith(mine, '2,400')!.id)!;
    expect(paratroopers.matches).toEqual([]);
    // The police officers claim of the old project has no verdict; the locked project's is not read.
    const police = rows.find((r) => r.claimId === claimWith(mine, '1,200')!.id)!;
    expect(police.matches).toEqual([]);
    expect(run.stderr).toMatch(/Skipped .*locked\.factdesk: it is encrypted and locked/);
  });

  it('reads an encrypted project only with its passphrase', () => {
    const run = ok(['seen', current, '--in', archive, '--json'], { FACTDESK_PASSPHRASE: PASSPHRASE });
    const rows = JSON.parse(run.stdout) as SeenRow[];
    const police = rows.find((r) => r.claimId === claimWith(claims(current), '1,200')!.id)!;
    expect(police.matches.map((m) => [m.project.endsWith('locked.factdesk'), m.status])).toEqual([
      [true, 'disputed'],
    ]);
  });

  it('prints the matches as lines, and takes the projects beside DIR without --in', () => {
    const run = ok(['seen', old]);
    // Beside january.factdesk: the locked project (skipped), and nothing else checked.
    expect(run.stdout).toMatch(/^0 of \d+ claims checked before, in 0 other projects\.\n$/);
    const text = ok(['seen', current, '--in', old]).stdout;
    expect(text).toMatch(
      /\n {4}verified {3}\d{4}-\d\d-\d\d by Ana in "january" \(c[^)]+\): .*100,000 soldiers.* \[1 cited\]\n/,
    );
    expect(text).toMatch(/\n1 of \d+ claims checked before, in 1 other project\.\n$/);
  });

  it('names a folder it cannot use and goes on', () => {
    const run = ok(['seen', current, '--in', join(root, 'nowhere'), '--in', old, '--json']);
    expect(run.stderr).toMatch(/Skipped .*nowhere: it cannot be read \(ENOENT\)/);
    expect((JSON.parse(run.stdout) as SeenRow[]).some((r) => r.matches.length > 0)).toBe(true);
  });

  it('refuses a DIR that is not a project', () => {
    const run = factdesk(['seen', join(root, 'nowhere')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nowhere/);
  });
});
