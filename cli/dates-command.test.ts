import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { expectRefusal, factdesk } from '../test-support/run-factdesk';
import { tempDir } from '../test-support/temp-dir';

interface JsonClaim {
  id: string;
  documentId: string;
  quote: string;
  status: string;
  note: string;
  documentDate: string | null;
  values?: Record<string, unknown>;
}

const claimsOf = (dir: string): JsonClaim[] => JSON.parse(factdesk(['claims', dir, '--json']).stdout);
const byQuote = (claims: JsonClaim[], quote: string) => claims.find((claim) => claim.quote === quote)!;

async function project(): Promise<{ dir: string; folder: string }> {
  const folder = await tempDir();
  const dir = join(folder, 'dates.factdesk');
  expect(factdesk(['new', dir]).code).toBe(0);
  return { dir, folder };
}

const STORY = 'Traffic through the port fell by 12 percent last year, officials said on Thursday.';

describe('publication dates on the command line', () => {
  it('takes --date at import, and claims --json carries the date and the resolved values', async () => {
    const { dir, folder } = await project();
    await writeFile(join(folder, 'port.txt'), STORY);
    const imported = factdesk(['import', dir, join(folder, 'port.txt'), '--date', '2023-03-03']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(
      /^Imported "Traffic through the port.*" \(d\w+\): \d+ claims, dated 2023-03-03 \(as given\)\n$/,
    );
    const claims = claimsOf(dir);
    expect(byQuote(claims, 'last year')).toMatchObject({
      documentDate: '2023-03-03',
      values: { dateStart: '2022-01-01', dateEnd: '2022-12-31' },
    });
    expect(byQuote(claims, 'on Thursday').values).toMatchObject({ dateStart: '2023-03-02' });
  });

  it('reads the date of a Word draft from its dateline and of a web page from its metadata', async () => {
    const { dir, folder } = await project();
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Harbour plan')] }),
            new Paragraph({ children: [new TextRun(`PORT ELLIS, March 3, 2023 — ${STORY}`)] }),
          ],
        },
      ],
    });
    await writeFile(join(folder, 'harbour.docx'), await Packer.toBuffer(word));
    await writeFile(
      join(folder, 'port.html'),
      `<html><head><meta property="article:published_time" content="2022-03-10T08:00:00Z"></head><body><article><p>${STORY}</p></article></body></html>`,
    );
    const imported = factdesk(['import', dir, join(folder, 'harbour.docx'), join(folder, 'port.html')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('dated 2023-03-03 (from its dateline)');
    expect(imported.stdout).toContain('dated 2022-03-10 (from its metadata)');
    const claims = claimsOf(dir).filter((claim) => claim.quote === 'last year');
    expect(claims.map((claim) => [claim.documentDate, claim.values?.dateStart]).sort()).toEqual([
      ['2022-03-10', '2021-01-01'],
      ['2023-03-03', '2022-01-01'],
    ]);
  });

  it('refuses a day that is not one, importing nothing', async () => {
    const { dir, folder } = await project();
    await writeFile(join(folder, 'port.txt'), STORY);
    for (const date of ['2023-02-30', '03/03/2023', 'yesterday']) {
      const run = factdesk(['import', dir, join(folder, 'port.txt'), '--date', date]);
      expectRefusal(
        run,
        new RegExp(`--date must be a day written YYYY-MM-DD, such as 2023-03-03, not "${date}"`),
      );
      expect(run.code).toBe(2);
    }
    expect(claimsOf(dir)).toEqual([]);
    // `date` takes its day as an argument, so its sentence names no option.
    const dated = factdesk(['date', dir, 'dsomedoc', '2023-02-30']);
    expectRefusal(
      dated,
      /^factdesk \[usage\]: The publication date must be a day written YYYY-MM-DD, such as 2023-03-03, not "2023-02-30"\./,
    );
    expect(dated.code).toBe(2);
  });

  it('changes a draft’s date with `factdesk date`, keeping every verdict and note', async () => {
    const { dir, folder } = await project();
    await writeFile(join(folder, 'port.txt'), STORY);
    expect(factdesk(['import', dir, join(folder, 'port.txt')]).code).toBe(0);
    const claim = byQuote(claimsOf(dir), 'last year');
    expect(claim).toMatchObject({ documentDate: null, values: { resolved: false } });
    expect(factdesk(['mark', dir, claim.id, 'disputed', '--note', 'Ask the port']).code).toBe(0);
    const dated = factdesk(['date', dir, claim.documentId, '2020-06-01']);
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stdout).toMatch(
      new RegExp(
        `^Dated ${claim.documentId} 2020-06-01 \\(as given\\); \\d+ claims? read again against it\\.\\n$`,
      ),
    );
    expect(byQuote(claimsOf(dir), 'last year')).toMatchObject({
      status: 'disputed',
      note: 'Ask the port',
      documentDate: '2020-06-01',
      values: { dateStart: '2019-01-01' },
    });
    const cleared = JSON.parse(factdesk(['date', dir, claim.documentId, '--clear', '--json']).stdout);
    // Both relative dates of the draft are read again: each is unresolved without a date.
    const thursday = byQuote(claimsOf(dir), 'on Thursday');
    expect(cleared).toMatchObject({ documentId: claim.documentId, documentDate: null });
    expect([...cleared.redated].sort()).toEqual([claim.id, thursday.id].sort());
    expect(thursday.values).toMatchObject({ resolved: false });
    expectRefusal(
      factdesk(['date', dir, claim.documentId]),
      /date needs either a day \(YYYY-MM-DD\) or --clear\./,
    );
    expectRefusal(
      factdesk(['date', dir, 'dnosuchdoc', '2020-01-01']),
      /There is no document dnosuchdoc in this project\./,
    );
  }, 120_000); // nine CLI runs

  it('marks a claim reading only its own document', async () => {
    const { dir, folder } = await project();
    await writeFile(join(folder, 'a.txt'), STORY);
    await writeFile(join(folder, 'b.txt'), 'Some 13,000 soldiers arrived on Monday.');
    expect(factdesk(['import', dir, join(folder, 'a.txt'), join(folder, 'b.txt')]).code).toBe(0);
    const claims = claimsOf(dir);
    const inA = byQuote(claims, 'last year');
    const other = claims.find((claim) => claim.documentId !== inA.documentId)!;
    // The other document is damaged: reading it would fail the command.
    await writeFile(join(dir, 'documents', `${other.documentId}.json`), '{ damaged');
    const marked = factdesk(['mark', dir, inA.id, 'verified']);
    expect(marked.code, marked.stderr).toBe(0);
    expect(marked.stdout).toBe(`Marked ${inA.id} verified.\n`);
    expectRefusal(factdesk(['claims', dir]), /is damaged/);
  });
});
