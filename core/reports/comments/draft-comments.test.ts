import { Buffer } from 'node:buffer';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/ipc';
import { servicesWithRouter } from '../../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../../test-support/temp-dir';
import {
  collapsed,
  convertWithLibreOffice,
  NO_SOFFICE,
  NO_CHROMIUM,
  readWordComments,
  xmlParts,
  type ReadComments,
} from '../../../test-support/reports/word-comments';
import {
  CONFIDENTIAL_TITLE,
  HOSTILE_NOTE,
  seedWordDraftProject,
} from '../../../test-support/reports/word-draft-seed';
import { claimRecords } from '../../../test-support/claim-records';

/** The section mammoth reads where the footnote's claim is quoted. */
const APPENDIX =
  /<p><strong>Checked claims Factdesk could not find in the text above \(in a footnote, a text box or an edit since the import\):<\/strong><\/p><p>150,000 new jobs<\/p>/;

const labels = { verified: 'Verified', disputed: 'Disputed', unsourced: 'Unsourced' } as const;

/** The comment id whose comment is about `row` (its "Claim checked" line names the claim's text). */
function commentFor(read: ReadComments, row: ClaimRow, ranges: Record<string, string>): string {
  const ids = Object.keys(read.comments).filter(
    (id) =>
      read.comments[id]!.text.includes(`Claim checked: ${row.text}`) &&
      collapsed(ranges[id] ?? '') === collapsed(row.quote),
  );
  expect(ids, row.quote).toHaveLength(1);
  return ids[0]!;
}

async function exported(call: Awaited<ReturnType<typeof servicesWithRouter>>['call'], documentId?: string) {
  const report = await call('report:export', {
    format: 'docx-comments',
    options: documentId ? { documentIds: [documentId] } : {},
  });
  return { ...report, bytes: new Uint8Array(Buffer.from(report.base64, 'base64')) };
}

describe('the draft back with a comment on each claim', () => {
  it.skipIf(Boolean(NO_CHROMIUM))(
    `a Word draft comes back as its own file, a comment on each checked claim's exact span${NO_CHROMIUM}`,
    async () => {
      const seed = await seedWordDraftProject();
      const report = await exported(seed.call);
      expect(report.fileName).toBe('Budget debate heats up with comments.docx');
      // The claim in the footnote is not in the body: its comment sits on a quoted copy at the end.
      expect(report.notice).toBe(
        '1 checked claim was not found in the text of budget-draft.docx; its comment is on a quoted copy at the end.',
      );
      const read = await readWordComments(report.bytes);
      expect(read.errors).toEqual([]);

      // One comment per rated claim, plus the writer's own, kept as it was.
      expect(Object.keys(read.comments)).toHaveLength(seed.rated.length + 1);
      expect(read.comments['0']).toEqual({
        author: 'Writer',
        date: '2024-03-01T09:00:00.000Z',
        text: 'Check the headline with the desk.',
      });
      expect(read.ranges['0']).toBe('Budget debate heats up');
      for (const row of seed.rated) {
        const id = commentFor(read, row, read.ranges);
        const comment = read.comments[id]!;
        expect(collapsed(read.ranges[id]!)).toBe(collapsed(row.quote));
        expect(comment.author).toBe('Ana Checker');
        expect(comment.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        const status = row.status as keyof typeof labels;
        expect(comment.text).toMatch(new RegExp(`^${labels[status]} — checked by Ana Checker, `));
        expect(comment.text).toContain(
          `• Supports: Release on ${row.quote} (Statistics office) — https://stats.example.org/release?a=1&b=2`,
        );
      }
      const first = read.comments[commentFor(read, seed.rated[0]!, read.ranges)]!.text;
      // Hostile text is text (characters XML forbids dropped); a confidential source keeps only its stance.
      expect(first).toContain(`Note: ${HOSTILE_NOTE.replaceAll('\u0001', '').replaceAll('\ufffe', '')}`);
      expect(first).toContain('• Refutes: confidential source (withheld)');
      expect(
        Object.values(read.comments)
          .map((c) => c.text)
          .join('\n'),
      ).not.toContain(CONFIDENTIAL_TITLE);

      // The claims split across bold and italic runs, inside a link, in a table cell and after a tab.
      const spans = Object.values(read.ranges).map(collapsed);
      for (const quote of [
        '3.5 percent',
        'According to the statistics office',
        '$4.2 billion',
        '5 percent',
        '150,000 new jobs',
      ])
        expect(spans).toContain(quote);
      // The second "12 percent" gets its own comment on the second line, not the first one's.
      const twelve = seed.rated.filter((row) => row.quote === '12 percent');
      expect(twelve).toHaveLength(2);
      const [a, b] = twelve.map((row) => Number(commentFor(read, row, read.ranges)));
      const body = xmlParts(report.bytes)['word/document.xml']!;
      const taxes = body.indexOf('Taxes rose by ');
      expect(body.indexOf(`<w:commentRangeStart w:id="${a}"/>`)).toBeLessThan(taxes);
      expect(body.indexOf(`<w:commentRangeStart w:id="${b}"/>`)).toBeGreaterThan(taxes);

      // Text, paragraphs and styles as the writer left them: mammoth reads the same document, and
      // every part but the body, its relationships, content types and comments is byte for byte the same.
      const before = await mammoth.convertToHtml({ buffer: Buffer.from(seed.draft) });
      const after = await mammoth.convertToHtml({ buffer: Buffer.from(report.bytes) });
      expect(after.value.replace(APPENDIX, '')).toBe(before.value);
      expect(after.value).toMatch(APPENDIX);
      const original = unzipSync(seed.draft);
      const written = unzipSync(report.bytes);
      expect(Object.keys(written).sort()).toEqual(Object.keys(original).sort());
      for (const name of Object.keys(original)) {
        if (['word/document.xml', 'word/comments.xml'].includes(name)) continue;
        expect(strFromU8(written[name]!), name).toBe(strFromU8(original[name]!));
      }
      // The bold figure stays bold on both sides of the split.
      expect(body).toMatch(
        /<w:commentRangeStart w:id="\d+"\/><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">3\.5<\/w:t>/,
      );
    },
    180_000,
  );

  it.skipIf(Boolean(NO_CHROMIUM))(
    `a text draft comes back as a clean Word document of its text, line by line${NO_CHROMIUM}`,
    async () => {
      const { call } = await servicesWithRouter();
      const root = await tempDir();
      await call('app:setChecker', { name: 'Ben Editor' });
      await call('project:create', { dir: join(root, 'Nato.factdesk'), title: 'NATO desk' });
      await call('documents:importFiles', { paths: [SEED_SAMPLE] });
      const rows = await claimRecords(call);
      const rated = rows.filter((row) => row.kind === 'quantity').slice(0, 4);
      for (const row of rated) await call('claim:setStatus', { claimId: row.id, status: 'verified' });
      await call('claim:setStatus', {
        claimId: rows.find((row) => !rated.includes(row))!.id,
        status: 'disputed',
      });
      await call('claim:setStatus', {
        claimId: rows.find((row) => !rated.includes(row))!.id,
        status: 'unchecked',
      });
      const report = await exported(call);
      expect(report.notice).toBeUndefined();
      const read = await readWordComments(report.bytes);
      expect(read.errors).toEqual([]);
      expect(Object.keys(read.comments)).toHaveLength(rated.length);
      for (const row of rated) {
        const id = commentFor(read, row, read.ranges);
        expect(read.ranges[id]).toBe(row.quote);
        expect(read.comments[id]!.text).toContain('Sources: none cited.');
      }
      const text = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(report.bytes) });
      expect(value.split('\n').filter(Boolean)).toEqual(text.split('\n').filter((line) => line.trim()));
    },
    120_000,
  );

  it('keeps the Word file encrypted in an encrypted project, and writes a clean copy with a sentence when it is gone', async () => {
    const seed = await seedWordDraftProject({ passphrase: 'correct horse battery staple' });
    const path = seed.session.project.allDocuments()[0]!.original?.path;
    expect(path).toMatch(/^attachments\/[0-9a-f]{64}$/);
    const onDisk = await readFile(join(seed.dir, path!));
    expect(onDisk.subarray(0, 2).toString('latin1')).not.toBe('PK');
    expect(onDisk.includes(Buffer.from('paratroopers'))).toBe(false);
    expect((await exported(seed.call)).notice).toMatch(/^1 checked claim was not found/);

    await rm(join(seed.dir, path!));
    const report = await exported(seed.call);
    expect(report.notice).toBe(
      `The Word file "budget-draft.docx" was imported from is no longer intact in the project (${path}), so a clean copy of its text was written instead.`,
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(report.bytes) });
    expect(value).toContain('2,400 paratroopers arrived on 3 March 2023.');
  }, 180_000);

  it('asks which draft when the project has several, and refuses an unknown one', async () => {
    const seed = await seedWordDraftProject();
    await seed.call('documents:importFiles', { paths: [SEED_SAMPLE] });
    await expect(seed.call('report:export', { format: 'docx-comments', options: {} })).rejects.toThrow(
      /^This project has 2 drafts; choose one of d\w+ \(Budget debate heats up\), d\w+ \(.+\)\.$/,
    );
    await expect(
      seed.call('report:export', { format: 'docx-comments', options: { documentIds: ['dnothere'] } }),
    ).rejects.toThrow('There is no document dnothere in this project.');
    const nato = (await seed.session.project.readAllDocuments()).find((doc) =>
      doc.fileName.endsWith('.txt'),
    )!;
    const report = await exported(seed.call, nato.id);
    expect(report.fileName).toMatch(/ with comments\.docx$/);
  }, 180_000);

  it.skipIf(Boolean(NO_SOFFICE))(
    `LibreOffice opens the Word draft with the checker's comments on it${NO_SOFFICE}`,
    async () => {
      const seed = await seedWordDraftProject();
      const report = await exported(seed.call);
      const file = join(seed.root, 'back.docx');
      await writeFile(file, report.bytes);
      const odt = await convertWithLibreOffice(file, seed.root, 'odt', 'odt');
      const content = strFromU8(unzipSync(odt)['content.xml']!);
      const annotations = [...content.matchAll(/<office:annotation[ >][\s\S]*?<\/office:annotation>/g)].map(
        (match) => match[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
      );
      // The writer's comment and one per rated claim, each by its checker, none naming the confidential source.
      expect(annotations).toHaveLength(seed.rated.length + 1);
      expect(annotations.filter((text) => text.includes('Ana Checker'))).toHaveLength(seed.rated.length);
      expect(annotations.join('\n')).not.toContain(CONFIDENTIAL_TITLE);
      expect(annotations.join('\n')).toContain('Refutes: confidential source (withheld)');
      // The text around the comments reads as the draft does.
      const text = content
        .replace(/<office:annotation[ >][\s\S]*?<\/office:annotation>/g, '')
        .replace(/<[^>]+>/g, '');
      expect(text).toContain('2,400 paratroopers arrived on 3 March 2023.');
    },
    300_000,
  );
});
