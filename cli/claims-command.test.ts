// `factdesk claims` streams its output: byte for byte what the whole-list output (claimsJson /
// claimsText of every row of a project read whole) gives, on a real project made with the CLI; the
// JSON array, parsed whole, holds what the project's files hold; and a reader that stops early (a
// closed pipe) ends it quietly.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenProject } from '../core/project/open-project';
import { defaultChecklists } from '../shared/domain/checklists';
import { factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE } from '../test-support/temp-dir';
import { claimsJson, claimsText } from './output';

const LANGUAGES = join(process.cwd(), 'resources', 'samples', 'languages');

/**
 * A project of a dozen drafts (imported twice: about 270 kB of JSON, more than a pipe holds) with
 * marks, a note, a citation, an edit and a publication date.
 */
async function madeWithTheCli(root: string): Promise<string> {
  const dir = join(root, 'desk.factdesk');
  expect(factdesk(['new', dir]).code).toBe(0);
  for (let round = 0; round < 2; round++) {
    const again = round === 0 ? [] : ['--allow-duplicate'];
    const imported = factdesk(['import', dir, SEED_SAMPLE, LANGUAGES, ...again]);
    expect(imported.code, imported.stderr).toBe(0);
  }
  const ids: string[] = JSON.parse(factdesk(['claims', dir, '--json']).stdout).map(
    (c: { id: string }) => c.id,
  );
  expect(factdesk(['mark', dir, ids[1]!, 'verified', '--note', 'Checked "twice"\n<b>ok</b>']).code).toBe(0);
  expect(factdesk(['mark', dir, ids.at(-1)!, 'disputed']).code).toBe(0);
  expect(factdesk(['edit', dir, ids[2]!, '--text', 'Restated ✓ claim']).code).toBe(0);
  expect(factdesk(['cite', dir, ids[1]!, '--url', 'https://www.nato.int/', '--title', 'NATO']).code).toBe(0);
  const documentId = JSON.parse(factdesk(['claims', dir, '--json']).stdout).at(-1).documentId;
  expect(factdesk(['date', dir, documentId, '2022-02-20']).code).toBe(0);
  return dir;
}

/** What the output was before it streamed: every row of the project read whole, in one string. */
async function wholeList(dir: string, status?: string): Promise<{ json: string; text: string }> {
  const project = await OpenProject.open(dir, { tool: 'test', readOnly: true });
  const rows = (await project.claimRows()).filter((row) => status === undefined || row.status === status);
  const out = { json: claimsJson(rows, project.allDocuments(), project.checklists), text: claimsText(rows) };
  await project.close();
  return out;
}

describe('factdesk claims', () => {
  let root: string;
  let dir: string;
  // One project for every test: making it runs the CLI a dozen times.
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'factdesk-claims-'));
    dir = await madeWithTheCli(root);
  }, 180_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('streams exactly what the whole list gives, with and without --json and --status', async () => {
    for (const status of [undefined, 'verified', 'disputed', 'unsourced']) {
      const filter = status === undefined ? [] : ['--status', status];
      const expected = await wholeList(dir, status);
      const json = factdesk(['claims', dir, '--json', ...filter]);
      expect(json.code, json.stderr).toBe(0);
      expect(json.stdout === expected.json, `--json ${filter.join(' ')}`).toBe(true);
      const text = factdesk(['claims', dir, ...filter]);
      expect(text.stdout === expected.text, filter.join(' ')).toBe(true);
    }
    const all = JSON.parse((await wholeList(dir)).json);
    expect(new Set(all.map((c: { documentId: string }) => c.documentId)).size).toBeGreaterThan(8);
    expect(all.some((c: { documentDate: string | null }) => c.documentDate === '2022-02-20')).toBe(true);
    expect((await wholeList(dir, 'unsourced')).json).toBe('[]\n');
  }, 90_000);

  it('prints one JSON array, one object a line, holding what the project files hold', async () => {
    const out = factdesk(['claims', dir, '--json']).stdout;
    const lines = out.split('\n');
    expect([lines[0], lines.at(-2), lines.at(-1)]).toEqual(['[', ']', '']);
    const objects = lines.slice(1, -2).map((line, index, all) => {
      expect(line.endsWith(index < all.length - 1 ? '},' : '}'), line.slice(-20)).toBe(true);
      return JSON.parse(line.replace(/,$/, '')) as Record<string, unknown>;
    });
    expect(JSON.parse(out)).toEqual(objects);

    // Read from the files as they are on disk, not through the code that printed them.
    const project = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8'));
    expect(project.checklists).toBeUndefined();
    const expected = [];
    for (const { path } of project.documents) {
      const doc = JSON.parse(await readFile(join(dir, path), 'utf8'));
      for (const claim of doc.claims) {
        const ticked = new Set(claim.ticks ?? []);
        expected.push({
          ...claim,
          documentTitle: doc.title,
          sentence:
            claim.sentenceStart === undefined
              ? claim.quote
              : doc.text.slice(claim.sentenceStart, claim.sentenceEnd),
          documentDate: doc.documentDate ?? null,
          needsRecheck: claim.needsRecheck ?? false,
          anchoring: claim.anchoring ?? 'exact',
          contested: claim.contested ?? [],
          checklist: defaultChecklists[claim.kind as keyof typeof defaultChecklists].map((item) => ({
            item: item.text,
            done: ticked.has(item.id),
          })),
        });
      }
    }
    expect(objects.length).toBeGreaterThan(100);
    expect(objects).toEqual(expected);
    expect(
      objects.some((claim) => claim.status === 'verified' && (claim.citations as unknown[]).length === 1),
    ).toBe(true);
  });

  it('reads each document in list order and keeps none of them', async () => {
    const listed = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')).documents.map(
      (doc: { id: string }) => doc.id,
    );
    const project = await OpenProject.open(dir, { tool: 'test', readOnly: true, documents: 'on-demand' });
    const seen: string[] = [];
    for await (const doc of project.readEachDocument()) seen.push(doc.id);
    expect(seen).toEqual(listed);
    expect(project.complete).toBe(false);
    expect(() => project.allDocuments()).toThrow();
    await project.close();
  });

  it('ends quietly with exit 0 when the reader closes the pipe early', async () => {
    const errors = join(root, 'stderr.txt');
    const piped = spawnSync(
      'bash',
      [
        '-c',
        'node bin/factdesk.mjs claims "$0" --json 2>"$1" | head -c 100 >/dev/null; echo "${PIPESTATUS[0]}"',
        dir,
        errors,
      ],
      { encoding: 'utf8', env: { ...process.env, FACTDESK_PASSPHRASE: '' } },
    );
    expect(piped.stdout.trim()).toBe('0');
    expect(await readFile(errors, 'utf8')).toBe('');
  });

  it('stops at a damaged document found midway: its sentence, exit 1, no stack trace', async () => {
    const copy = join(root, 'damaged.factdesk');
    await cp(dir, copy, { recursive: true });
    const listed = JSON.parse(await readFile(join(copy, 'project.json'), 'utf8')).documents;
    await writeFile(join(copy, listed.at(-1).path), '{"id": "not a document"');
    const run = factdesk(['claims', copy, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^factdesk \[file-damaged\]: .*documents\/d\w+\.json.*\n$/);
    expect(run.stdout.startsWith('[\n{"id":')).toBe(true);
    expect(run.stdout).toMatch(/\n\{"error":\{"code":"file-damaged".*\}\n$/);
  });
});
