import { CURRENT_SCHEMA_VERSION } from '../../shared/domain';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../shared/ipc';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import {
  addedParagraph,
  changedFigure,
  deletedSentence,
  movedParagraphs,
  original,
  rewordedAround,
} from '../../test-support/revisions/sample-variants';
import { claimRecords } from '../../test-support/claim-records';

/** A project holding the seed article, with verdicts, a note and a citation on some of its claims. */
async function setUp() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'revise.factdesk');
  await harness.call('project:create', { dir, title: 'Revisions' });
  const imported = await harness.call('documents:importText', { fileName: 'belarus.txt', text: original });
  const documentId = imported.imported[0]!.id;
  const before = await claimRecords(harness.call);
  const byQuote = (rows: readonly ClaimRow[], quote: string) => {
    const row = rows.find((entry) => entry.quote === quote);
    if (!row) throw new Error(`No claim "${quote}".`);
    return row;
  };
  // Every claim gets a verdict, so the tests can see each one kept or flagged.
  for (const row of before) await harness.call('claim:setStatus', { claimId: row.id, status: 'verified' });
  const troops = byQuote(before, 'Some 13,000 soldiers');
  await harness.call('claim:setNote', { claimId: troops.id, note: 'Per the Belarus defence ministry.' });
  await harness.call('claim:addCitation', {
    claimId: troops.id,
    citation: { url: 'https://example.org/mod', title: 'MoD', quote: '13,000', stance: 'supports' },
  });
  const revise = (text: string, fileName = 'belarus-v2.txt') =>
    harness.call('document:revise', { documentId, fileName, text });
  const rows = () => claimRecords(harness.call);
  const onDisk = async () =>
    JSON.parse(await readFile(join(dir, 'documents', `${documentId}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
  const versionsOnDisk = async () =>
    JSON.parse(await readFile(join(dir, 'documents', `${documentId}.versions.json`), 'utf8')) as Record<
      string,
      unknown
    >;
  return { ...harness, dir, documentId, before, byQuote, revise, rows, onDisk, versionsOnDisk, troops };
}

/** Each claim's state after a revision, by its id. */
function statesOf(rows: readonly ClaimRow[]): Map<string, ClaimRow> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** Every claim that kept its text points at that text in the new version. */
function expectSpansHold(rows: readonly ClaimRow[], text: string): void {
  for (const row of rows) {
    if (row.anchoring === 'orphaned') expect(row.start, row.quote).toBe(row.end);
    else expect(text.slice(row.start, row.end), row.id).toBe(row.quote);
  }
}

describe('loading a new version of a draft', () => {
  it('keeps every claim of moved paragraphs, unflagged, with its verdict', async () => {
    const { revise, rows, before } = await setUp();
    const text = movedParagraphs();
    const result = await revise(text);
    expect(result).toMatchObject({ version: 2, counts: { changed: 0, orphaned: 0, added: 0 } });
    const after = statesOf(await rows());
    expect(after.size).toBe(before.length);
    for (const row of before) {
      const now = after.get(row.id)!;
      expect(now.status, row.quote).toBe('verified');
      expect(now.needsRecheck, row.quote).toBeUndefined();
      expect(now.quote).toBe(row.quote);
      const inMoved = ['Some 13,000', 'another 3,500', '800 battle', 'Amid tensions'].some((part) =>
        row.quote.startsWith(part),
      );
      expect(now.anchoring, row.quote).toBe(inMoved ? 'moved' : 'exact');
    }
    expectSpansHold([...after.values()], text);
  });

  it('flags a changed figure for a recheck, keeping its record and showing its previous verdict', async () => {
    const { revise, rows, before, troops, byQuote } = await setUp();
    const text = changedFigure();
    expect((await revise(text)).counts).toEqual({
      exact: before.length - 1,
      moved: 0,
      changed: 1,
      orphaned: 0,
      added: 0,
    });
    const after = statesOf(await rows());
    const changed = after.get(troops.id)!;
    expect(changed).toMatchObject({
      quote: 'Some 30,000 soldiers',
      anchoring: 'changed',
      needsRecheck: true,
      status: 'unchecked',
      previous: { version: 1, quote: 'Some 13,000 soldiers', status: 'verified' },
      note: 'Per the Belarus defence ministry.',
      citations: [{ title: 'MoD', quote: '13,000' }],
    });
    expect(changed.values?.number).toBe(30_000);
    expect(changed.history.at(-1)).toMatchObject({
      action: 'revised',
      from: 'Some 13,000 soldiers',
      to: 'Some 30,000 soldiers',
    });
    for (const row of before.filter((entry) => entry.id !== troops.id)) {
      expect(after.get(row.id)).toMatchObject({ anchoring: 'exact', status: 'verified', quote: row.quote });
      expect(after.get(row.id)!.needsRecheck).toBeUndefined();
    }
    // An untouched claim in the edited sentence keeps its verdict and its own statement, naming no other figure.
    const tanks = after.get(byQuote(before, '800 battle tanks and armored vehicles').id)!;
    expect(tanks.text).toContain('800 battle tanks and armored vehicles are expected');
    expect(tanks.text).not.toMatch(/13,000|30,000/);
    expectSpansHold([...after.values()], text);
  });

  it('takes back the approval of a verdict it took back, and keeps the approval of an untouched claim', async () => {
    const { call, revise, rows, before, troops, byQuote } = await setUp();
    const tanks = byQuote(before, '800 battle tanks and armored vehicles');
    await call('app:setChecker', { name: 'Eve Editor' });
    await call('claim:approve', { claimId: troops.id });
    await call('claim:approve', { claimId: tanks.id });
    await revise(changedFigure());
    const after = statesOf(await rows());
    expect(after.get(troops.id)).toMatchObject({ status: 'unchecked', needsRecheck: true });
    expect(after.get(troops.id)!.approval).toBeUndefined();
    expect(after.get(tanks.id)!.approval).toMatchObject({ by: 'Eve Editor' });
  });

  it('keeps a claim whose sentence was deleted as orphaned and flagged, never dropping it', async () => {
    const { revise, rows, before, byQuote } = await setUp();
    const text = deletedSentence();
    expect((await revise(text)).counts).toMatchObject({ orphaned: 1, changed: 0, moved: 0 });
    const gone = byQuote(before, 'two worrying scenarios');
    const after = statesOf(await rows());
    expect(after.size).toBe(before.length);
    expect(after.get(gone.id)).toMatchObject({
      anchoring: 'orphaned',
      needsRecheck: true,
      // Its verdict was given to words no longer in the draft: kept as `previous`, never counted as verified.
      status: 'unchecked',
      previous: { version: 1, quote: 'two worrying scenarios', status: 'verified' },
    });
    expect(text).not.toContain('two worrying scenarios');
    expect(after.get(gone.id)!.start).toBe(text.indexOf('The first is the worsening'));
    expectSpansHold([...after.values()], text);
  });

  it('finds a claim again when the words around it were rewritten', async () => {
    const { revise, rows, before, byQuote } = await setUp();
    const text = rewordedAround();
    const result = await revise(text);
    expect(result.counts).toMatchObject({ changed: 0, orphaned: 0 });
    const figure = byQuote(before, 'some 100,000 soldiers');
    const after = statesOf(await rows());
    expect(after.get(figure.id)).toMatchObject({ quote: 'some 100,000 soldiers', status: 'verified' });
    expect(['exact', 'moved']).toContain(after.get(figure.id)!.anchoring);
    expect(after.get(figure.id)!.needsRecheck).toBeUndefined();
    expectSpansHold([...after.values()], text);
  });

  it('suggests claims in new text without duplicating claims carried over', async () => {
    const { revise, rows, before } = await setUp();
    const text = addedParagraph();
    const result = await revise(text);
    expect(result.counts).toMatchObject({ exact: before.length, added: 2 });
    const after = await rows();
    const fresh = after.filter((row) => !before.some((old) => old.id === row.id));
    expect(fresh.map((row) => row.quote).sort()).toEqual(['2,400', 'on Friday']);
    expect(fresh.every((row) => row.status === 'unchecked' && row.needsRecheck === undefined)).toBe(true);
    const spans = after.map((row) => `${row.start}:${row.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    expectSpansHold(after, text);
  });

  it('handles every edit at once, then a third version, keeping each version on disk', async () => {
    const { revise, rows, before, byQuote, onDisk, versionsOnDisk, call, documentId, troops } = await setUp();
    const second = addedParagraph(rewordedAround(deletedSentence(changedFigure(movedParagraphs()))));
    const result = await revise(second);
    expect(result.counts).toEqual({ exact: expect.any(Number), moved: 3, changed: 1, orphaned: 1, added: 2 });
    // The troop figures moved and one of them changed too: found by its surroundings, it counts as changed.
    expect(result.counts.exact).toBe(before.length - 5);
    const after = statesOf(await rows());
    expect(after.get(troops.id)).toMatchObject({ anchoring: 'changed', quote: 'Some 30,000 soldiers' });
    expect(after.get(byQuote(before, 'two worrying scenarios').id)!.anchoring).toBe('orphaned');
    expectSpansHold([...after.values()], second);

    // Marking the changed claim again settles its recheck.
    const marked = await call('claim:setStatus', { claimId: troops.id, status: 'disputed' });
    expect(marked.needsRecheck).toBeUndefined();

    const third = second.replace('Some 30,000 soldiers', 'Some 31,000 soldiers');
    expect((await revise(third, 'belarus-v3.txt')).version).toBe(3);
    const disk = await onDisk();
    expect(disk).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      text: third,
      revision: { fileName: 'belarus-v3.txt', sourceFormat: 'txt' },
      versions: [
        { number: 1, fileName: 'belarus.txt', sourceFormat: 'txt' },
        { number: 2, fileName: 'belarus-v2.txt', sourceFormat: 'txt' },
      ],
    });
    // The earlier texts live in the versions file beside the document's, not in the document's own.
    expect(JSON.stringify(disk.versions)).not.toContain('"text"');
    expect(await versionsOnDisk()).toMatchObject({
      format: 'factdesk-versions',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      documentId,
      versions: [
        { number: 1, fileName: 'belarus.txt', text: original },
        { number: 2, fileName: 'belarus-v2.txt', text: second },
      ],
    });
    const stillOrphaned = (disk.claims as ClaimRow[]).find((c) => c.quote === 'two worrying scenarios')!;
    expect(stillOrphaned).toMatchObject({
      anchoring: 'orphaned',
      needsRecheck: true,
      previous: { version: 1 },
    });
    expect(await call('document:versions', { documentId })).toMatchObject([
      { number: 1, fileName: 'belarus.txt', current: false },
      { number: 2, fileName: 'belarus-v2.txt', current: false },
      { number: 3, fileName: 'belarus-v3.txt', current: true },
    ]);
  });

  it('shows what changed between any two versions', async () => {
    const { revise, call, documentId } = await setUp();
    await revise(changedFigure());
    const diff = await call('document:diff', { documentId, from: 1, to: 2 });
    expect(diff.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '13,000' },
      { kind: 'added', text: '30,000' },
    ]);
    expect(
      diff.parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(original);
    const back = await call('document:diff', { documentId, from: 2, to: 1 });
    expect(back.parts.filter((p) => p.kind !== 'same').map((p) => p.kind)).toEqual(['removed', 'added']);
    await expect(call('document:diff', { documentId, from: 1, to: 7 })).rejects.toThrow(
      '"Stoltenberg asks Russia to reduce tension after the new military deployment in Belarus" has no version 7; it has versions 1 to 2.',
    );
  });

  it('refuses the same text, an empty draft and an unknown document with one sentence, changing nothing', async () => {
    const { revise, call, onDisk, raw, documentId } = await setUp();
    const before = JSON.stringify(await onDisk());
    await expect(revise(original, 'same.txt')).rejects.toThrow(
      'same.txt has the same text as the current version; nothing was changed.',
    );
    await expect(revise('  \n', 'empty.txt')).rejects.toThrow('empty.txt has no text to check.');
    await expect(
      call('document:revise', { documentId: 'd_missing', fileName: 'x.txt', text: 'New text.' }),
    ).rejects.toThrow('There is no document d_missing in this project.');
    await expect(revise('A draft.', 'notes.rtf')).rejects.toThrow(/cannot read \.rtf drafts/);
    const both = await raw('document:revise', { documentId, fileName: 'x.txt', text: 'a', base64: 'YQ==' });
    expect(both).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Factdesk refused a malformed request to document:revise; nothing was changed.',
      },
    });
    expect(JSON.stringify(await onDisk())).toBe(before);
  });

  it('lists the changes between versions in every report format', async () => {
    const { revise, call } = await setUp();
    await revise(deletedSentence(changedFigure()));
    const text = async (format: 'md' | 'html' | 'json' | 'csv') =>
      Buffer.from((await call('report:export', { format, options: {} })).base64, 'base64').toString('utf8');
    const changed =
      'Version 2 changed “Some 13,000 soldiers” to “Some 30,000 soldiers” (was Verified, needs re-check).';
    const removed = 'Version 2 removed “two worrying scenarios” (was Verified, needs re-check).';
    const md = await text('md');
    expect(md).toContain('## Changes between versions');
    expect(md).toContain(changed);
    expect(md).toContain(removed);
    const html = await text('html');
    expect(html).toContain('<h2>Changes between versions</h2>');
    expect(html).toContain(changed);
    const json = JSON.parse(await text('json')) as {
      versions: { changes: { state: string; was: string }[] };
    };
    expect(json.versions.changes.map((c) => [c.state, c.was])).toEqual(
      expect.arrayContaining([
        ['changed', 'Some 13,000 soldiers'],
        ['orphaned', 'two worrying scenarios'],
      ]),
    );
    const csv = await text('csv');
    expect(csv).toContain('"changed","yes","Some 13,000 soldiers","verified"');
  });

  it('takes a backup first and drops undo steps that knew only the old text', async () => {
    const { revise, call } = await setUp();
    await revise(changedFigure());
    expect((await call('edit:undo', {})).label).toBeNull();
    const backups = await call('backups:list', {});
    expect(backups.backups.map((b) => b.reason)).toContain('before-revise');
  });
});
