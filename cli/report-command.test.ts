import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_PAGE } from '../test-support/drafts/news-page';
import { HOSTILE, seedReportProject, type ReportSeed } from '../test-support/reports/report-seed';
import { parseCommandLine } from './command-options';
import { commands } from './commands';
import { citationsExport } from './commands/citations-command';
import { reportCommand } from './commands/report-command';
import { requireChromium, skipWithoutChromium, titleNeedingChromium } from '../test-support/chromium';

/** Runs the real `factdesk` bin (the bundle built in global setup). */
function factdesk(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['bin/factdesk.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_CHECKER: 'Cli Tester', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let seed: ReportSeed;
let root: string;
beforeAll(async () => {
  seed = await seedReportProject();
  root = join(seed.dir, '..');
});
afterAll(() => seed?.cleanup());

describe('factdesk report', () => {
  it('prints a text report to stdout and writes DOCX to -o (the real bin)', async () => {
    const html = factdesk(['report', seed.dir, '--format', 'html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.stdout).toMatch(/badge s-verified">Verified<\/span>, checked by Ana Checker/);
    const out = join(root, 'report.docx');
    const written = factdesk([
      'report',
      seed.dir,
      '--format',
      'docx',
      '-o',
      out,
      '--status',
      'verified,disputed',
    ]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe(`Wrote the docx report of "${seed.data.project.title}" to ${out}.\n`);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain('Verdict: Verified');
    expect(value).toContain('Verdict: Disputed');
    expect(value).not.toContain('Verdict: Unsourced');
  });

  it('filters by repeated or comma-separated statuses, leaves notes out, and fills ClaimReview', async () => {
    const csv = await reportCommand(seed.dir, { format: 'csv', status: ['verified', 'disputed,unsourced'] });
    const rows = Papa.parse<Record<string, string>>(csv.stdout.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.status).sort()).toEqual(['disputed', 'unsourced', 'verified']);
    expect(rows.find((row) => row.status === 'unsourced')!.note).toBe(`'${HOSTILE.formulaNote}`);
    const json = await reportCommand(seed.dir, { format: 'json', 'no-notes': true });
    expect(json.stdout).not.toContain('HYPERLINK');
    const md = await reportCommand(seed.dir, { format: 'md', document: [seed.data.documents[0]!.id] });
    expect(md.stdout).toContain('**Verdict:** Verified');
    const review = await reportCommand(seed.dir, {
      format: 'claimreview',
      org: 'Desk',
      'base-url': 'https://d.example/r',
    });
    const graph = JSON.parse(review.stdout)['@graph'];
    expect(graph).toHaveLength(3);
    expect(graph[0].url).toMatch(/^https:\/\/d\.example\/r#claim-/);
  });

  it('explains every mistake in one sentence with the right exit code (the real bin)', () => {
    for (const [args, message, code] of [
      [
        ['report', seed.dir, '--format', 'pdf'],
        /^factdesk \[usage\]: --format pdf makes a binary file; name it with -o FILE\.\n/,
        2,
      ],
      [['report', seed.dir, '--format', 'md', '--status', 'true'], /--status must be unchecked, verified/, 2],
      [
        ['report', seed.dir, '--format', 'html', '--document', 'nope'],
        /^factdesk \[not-found\]: There is no document nope in this project\.\n$/,
        1,
      ],
      [
        ['report', join(root, 'none'), '--format', 'md'],
        /^factdesk \[not-found\]: Factdesk cannot open .*none: it does not exist\.\n$/,
        1,
      ],
    ] as const) {
      const result = factdesk([...args]);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.code).toBe(code);
    }
  });

  it('never writes a report or an export over the project’s own files (the real bin)', async () => {
    const projectFile = join(seed.dir, 'project.json');
    const before = await readFile(projectFile);
    const documents = await readdir(join(seed.dir, 'documents'));
    const documentFile = join(
      seed.dir,
      'documents',
      documents.find((name) => name.endsWith('.json'))!,
    );
    const documentBefore = await readFile(documentFile);
    for (const args of [
      ['report', seed.dir, '--format', 'md', '-o', projectFile],
      ['report', seed.dir, '--format', 'json', '-o', documentFile],
      ['report', seed.dir, '--format', 'html', '-o', join(seed.dir, 'report.html')],
      ['citations', 'export', seed.dir, '--format', 'ris', '-o', join(seed.dir, 'documents', 'refs.ris')],
    ]) {
      const result = factdesk(args);
      expect(result.stderr).toMatch(
        /^factdesk \[refused\]: Factdesk will not save the .* inside the project folder/,
      );
      expect(result.code).toBe(1);
    }
    expect(await readFile(projectFile)).toEqual(before);
    expect(await readFile(documentFile)).toEqual(documentBefore);
    expect((await readdir(seed.dir)).includes('report.html')).toBe(false);
    expect(factdesk(['claims', seed.dir]).code).toBe(0);
    // Beside the project is fine.
    const beside = factdesk(['report', seed.dir, '--format', 'md', '-o', join(root, 'beside.md')]);
    expect(beside.code, beside.stderr).toBe(0);
    expect(await readFile(join(root, 'beside.md'), 'utf8')).toMatch(/^# /);
  });

  it('names the usage mistakes of the report command', async () => {
    await expect(reportCommand(seed.dir, {})).rejects.toThrow(
      'report needs --format html|pdf|docx|docx-comments|md|csv|json|claimreview.',
    );
    await expect(reportCommand(seed.dir, { format: 'odt' })).rejects.toThrow(
      '--format must be one of html, pdf, docx, docx-comments, md, csv, json, claimreview, not "odt".',
    );
    await expect(reportCommand(seed.dir, { format: 'json', 'base-url': 'javascript:x' })).rejects.toThrow(
      '--base-url must be an http or https address, not "javascript:x".',
    );
  });

  it.skipIf(skipWithoutChromium)(
    titleNeedingChromium(
      'writes PDF with Chromium, and says in one sentence when Chromium is missing (the real bin)',
    ),
    async () => {
      const out = join(root, 'report.pdf');
      // The Chromium of this run (Playwright's on a hosted runner, which the app itself does not look for).
      const written = factdesk(['report', seed.dir, '--format', 'pdf', '-o', out], {
        FACTDESK_CHROMIUM: requireChromium(),
      });
      expect(written.code, written.stderr).toBe(0);
      expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const missing = factdesk(['report', seed.dir, '--format', 'pdf', '-o', out], {
        FACTDESK_CHROMIUM: '/no/chromium',
      });
      expect(missing.stderr).toBe(
        'factdesk [unavailable]: FACTDESK_CHROMIUM names /no/chromium, which does not exist, so no PDF can be made.\n',
      );
      expect(missing.code).toBe(1);
    },
  );
});

describe('factdesk citations', () => {
  it('exports the project’s citations and imports a references file onto a claim (the real bin)', async () => {
    const bib = factdesk(['citations', 'export', seed.dir, '--format', 'bibtex']);
    expect(bib.code, bib.stderr).toBe(0);
    expect(bib.stdout).toContain('url = {https://www.nato.int/cps/en/natohq/opinions_191044.htm}');
    expect(bib.stderr).toBe(
      'factdesk: left out 1 confidential source (add --include-confidential to keep them).\n',
    );
    const refs = join(root, 'refs.ris');
    await writeFile(refs, 'TY  - ELEC\nTI  - Exercise schedule\nUR  - https://example.org/s\nER  - \n');
    const imported = factdesk([
      'citations',
      'import',
      seed.dir,
      seed.verified.id,
      refs,
      '--stance',
      'context',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(`Added 1 citation to ${seed.verified.id}.\n`);
    const csl = await citationsExport(seed.dir, { format: 'csl', claim: seed.verified.id });
    expect(
      JSON.parse(csl.stdout)
        .map((item: { title: string }) => item.title)
        .sort(),
    ).toEqual(['Exercise schedule', HOSTILE.citationTitle]);
    expect(() => parseCommandLine(['citations', 'frob', seed.dir], commands)).toThrow(
      'citations needs export or import, not "frob".',
    );
    await expect(citationsExport(seed.dir, { format: 'endnote' })).rejects.toThrow(
      '"endnote" is not a reference format; use bibtex, ris or csl.',
    );
  });
});

describe('factdesk import of html, docx and pdf drafts', () => {
  it('imports a saved web page and a Word file, and refuses a corrupt one in one sentence (the real bin)', async () => {
    const page = join(root, 'page.html');
    await writeFile(page, NEWS_PAGE);
    const word = join(root, 'draft.docx');
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [new Paragraph({ children: [new TextRun('Some 13,000 soldiers arrived on Monday.')] })],
          },
        ],
      }),
    );
    await writeFile(word, docx);
    const broken = join(root, 'broken.docx');
    await writeFile(broken, docx.subarray(0, 200));
    const result = factdesk(['import', seed.dir, page, word, broken]);
    expect(result.stdout).toMatch(
      /Imported "NATO warns of the largest Russian deployment in Belarus since the Cold War" \(d\w+\): \d+ claims/,
    );
    expect(result.stdout).toMatch(/Imported "Some 13,000 soldiers arrived on Monday\." \(d\w+\): \d+ claims/);
    expect(result.stderr).toBe(
      'factdesk [unreadable-draft]: broken.docx is damaged or is not a Word document: its zip archive cannot be read.\n',
    );
    expect(result.code).toBe(1);
  });
});
