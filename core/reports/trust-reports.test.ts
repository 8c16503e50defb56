import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsonld from 'jsonld';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFormat, ReportSettings } from '../../shared/reports';
import { buildReport } from './build-report';
import { ChromiumPdfPrinter } from './pdf-printer';
import { offlineDocumentLoader } from '../../test-support/reports/claimreview-context';
import { seedTrustProject, type TrustSeed } from '../../test-support/reports/trust-seed';

// The claim as the unit, and no stale verdict, in every format: three claims of one sentence get three
// headings, and a verified "$27" that version 2 turned into "$31" (and a verified claim whose paragraph
// version 2 cut) never reads as verified, never gets a ClaimReview, and says it needs a re-check.

const run = promisify(execFile);
const chromium = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
const noPdf = !existsSync(chromium) || !pdftotext;

let seed: TrustSeed;
const printer = new ChromiumPdfPrinter(existsSync(chromium) ? chromium : undefined);
beforeAll(async () => {
  seed = await seedTrustProject();
});
afterAll(async () => {
  await printer.close();
  await seed?.cleanup();
});

async function report(format: ReportFormat, settings: ReportSettings = {}): Promise<string> {
  const built = await buildReport(seed.data, format, settings, { pdfPrinter: printer });
  if (format === 'docx') return (await mammoth.extractRawText({ buffer: Buffer.from(built.bytes) })).value;
  if (format === 'pdf') {
    const file = join(seed.dir, '..', 'report.pdf');
    await writeFile(file, built.bytes);
    return (await run(pdftotext!, [file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  }
  return Buffer.from(built.bytes).toString('utf8');
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const STATEMENTS = {
  soldiers: 'Some 13,000 soldiers … are expected to participate',
  paratroopers: '… another 3,500 paratroopers … are expected to participate',
  tanks: '… 800 battle tanks and armored vehicles are expected to participate',
};
const FIGURES = ['13,000', '3,500', '800 battle'];
const RECHECK = 'Needs re-check: version 2 changed “$27” to “$31” (it was Verified).';

/** The three statements each appear, and no heading names two of the three figures. */
function expectThreeStatements(text: string, headings: readonly string[]): void {
  for (const statement of Object.values(STATEMENTS)) expect(flat(text)).toContain(statement);
  for (const heading of headings) {
    expect(FIGURES.filter((figure) => heading.includes(figure)).length).toBeLessThanOrEqual(1);
  }
}

describe('three claims of one sentence', () => {
  it('get three headings in HTML, each naming its own figure', async () => {
    const html = await report('html');
    const headings = [...html.matchAll(/<h4>(.*?)<\/h4>/g)].map((match) => match[1]!);
    const ours = headings.filter((heading) => FIGURES.some((figure) => heading.includes(figure)));
    expect(ours).toHaveLength(3);
    expect(new Set(ours).size).toBe(3);
    expectThreeStatements(html, headings);
    expect(html).toContain('Assigned to: Bea Reyes');
    expect(html).toContain('<h2>Verdict log</h2>');
    expect(html).not.toContain('Corrections log');
  });

  it('get three headings in Markdown', async () => {
    const md = await report('md');
    const headings = [...md.matchAll(/^#### (.*)$/gm)].map((match) => match[1]!.replace(/\\/g, ''));
    expectThreeStatements(md.replace(/\\/g, ''), headings);
    expect(md).toContain('**Assigned to:** Bea Reyes');
    expect(md).toContain('## Verdict log');
  });

  it('get three statements in CSV (papaparse), with assignee, locator and archived copy', async () => {
    const csv = await report('csv');
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    const row = (id: string) => rows.data.find((entry) => entry.claim_id === id)!;
    const { soldiers, paratroopers, tanks } = seed.claims;
    expect(row(soldiers.id).statement).toContain(STATEMENTS.soldiers);
    expect(row(paratroopers.id).statement).toContain(STATEMENTS.paratroopers);
    expect(row(tanks.id).statement).toContain(STATEMENTS.tanks);
    expect(row(soldiers.id)).toMatchObject({ status: 'verified', assignee: 'Bea Reyes' });
    expect(row(soldiers.id).citations).toContain('para. 4');
    expect(row(soldiers.id).citations).toContain(
      'archived: <https://web.archive.org/web/2022/https://www.nato.int/>',
    );
    expect(rows.meta.fields).toEqual(expect.arrayContaining(['statement', 'assignee', 'resolved_date']));
  });

  it('get three statements in JSON', async () => {
    const json = JSON.parse(await report('json'));
    const claims = json.documents.flatMap((doc: { claims: { id: string; text: string }[] }) => doc.claims);
    const text = (id: string) => claims.find((claim: { id: string }) => claim.id === id).text;
    expect(text(seed.claims.soldiers.id)).toContain(STATEMENTS.soldiers);
    expect(text(seed.claims.paratroopers.id)).toContain(STATEMENTS.paratroopers);
    expect(text(seed.claims.tanks.id)).toContain(STATEMENTS.tanks);
    expect(claims.find((claim: { id: string }) => claim.id === seed.claims.soldiers.id).assignee).toBe(
      'Bea Reyes',
    );
    expect(json.verdictLog.length).toBeGreaterThan(0);
    expect(json.corrections).toBeUndefined();
  });

  it('get three ClaimReviews (read with jsonld) whose claimReviewed differ, each naming its figure', async () => {
    const expanded = await expandedReviews();
    const reviewed = (id: string) => expanded.get(`#claim-${id}`)?.claimReviewed;
    const three = [seed.claims.soldiers, seed.claims.paratroopers, seed.claims.tanks].map((claim) =>
      reviewed(claim.id),
    );
    expect(new Set(three).size).toBe(3);
    three.forEach((text, index) => {
      expect(FIGURES.filter((figure) => text!.includes(figure))).toEqual([FIGURES[index]]);
    });
  });

  it.skipIf(noPdf)('get three headings in the PDF (pdftotext) and in Word (mammoth)', async () => {
    const pdf = await report('pdf');
    expectThreeStatements(pdf, []);
    expect(flat(pdf)).toContain('Assigned to: Bea Reyes');
    const word = await report('docx');
    const built = await buildReport(seed.data, 'docx', {});
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(built.bytes) })).value;
    const headings = [...html.matchAll(/<h3>(?:<a [^>]*><\/a>)*(.*?)<\/h3>/g)].map((match) => match[1]!);
    expect(headings.filter((heading) => FIGURES.some((figure) => heading.includes(figure)))).toHaveLength(3);
    expectThreeStatements(word, headings);
    expect(word).toContain('Assigned to: Bea Reyes');
    expect(word).toContain('Verdict log');
  });
});

describe('a figure changed by version 2 ($27 → $31) and a paragraph cut', () => {
  it('is no longer verified in the counts, and its HTML entry says it needs a re-check', async () => {
    const html = await report('html');
    const entry = articleOf(html, seed.claims.fare.id);
    expect(entry).toContain('class="claim s-unchecked"');
    expect(entry).toContain(RECHECK);
    expect(entry).not.toContain('Verdict: <span class="badge s-verified">');
    const depot = articleOf(html, seed.claims.depot.id);
    expect(depot).toContain('Needs re-check: version 2 removed “by 2025” from the draft (it was Verified).');
    // Only 13,000 is verified now: $27, 14 percent and the depot's 2025 were, and no longer count.
    expect(html).toMatch(/s-verified">Verified<\/span><\/th><td class="num">1<\/td>/);
    expect(html).toContain('Version 2 changed “$27” to “$31” (was Verified, needs re-check).');
    expect(html).not.toContain('removed “$27”');
    expect(html).toMatch(/Verified → Unchecked<br>A new version of the draft changed “\$27” to “\$31”/);
  });

  it('names in the verdict log the words each verdict was given to, not the words of version 2', async () => {
    const json = JSON.parse(await report('json'));
    const fare = (json.verdictLog as { claimId: string; claimText: string; to: string }[]).filter(
      (entry) => entry.claimId === seed.claims.fare.id,
    );
    expect(fare.map((entry) => entry.to)).toEqual(['verified', 'unchecked']);
    expect(fare[0]!.claimText).toContain('$27 a month');
    expect(fare[0]!.claimText).not.toContain('$31');
    expect(fare[1]!.claimText).toContain('$31 a month');
  });

  it('is left out of ClaimReview, with the deleted paragraph’s claim; no item dates from the import', async () => {
    const expanded = await expandedReviews();
    expect(expanded.has(`#claim-${seed.claims.fare.id}`)).toBe(false);
    expect(expanded.has(`#claim-${seed.claims.ridership.id}`)).toBe(false);
    expect(expanded.has(`#claim-${seed.claims.depot.id}`)).toBe(false);
    expect(expanded.has(`#claim-${seed.claims.soldiers.id}`)).toBe(true);
    const dates = new Map(seed.data.documents.map((doc) => [doc.title, doc.documentDate]));
    for (const review of expanded.values()) expect(review.itemDate).toBe(dates.get(review.appearance));
  });

  it('says "needs re-check" in Markdown, CSV and JSON, on its own entry', async () => {
    const md = (await report('md')).replace(/\\/g, '');
    expect(md).toContain(`**${RECHECK}**`);
    const csv = Papa.parse<Record<string, string>>((await report('csv')).slice(1), { header: true });
    expect(csv.data.find((row) => row.claim_id === seed.claims.fare.id)).toMatchObject({
      quote: '$31',
      status: 'unchecked',
      anchoring: 'changed',
      needs_recheck: 'yes',
      previous_quote: '$27',
      previous_status: 'verified',
    });
    expect(csv.data.find((row) => row.claim_id === seed.claims.depot.id)).toMatchObject({
      status: 'unchecked',
      anchoring: 'orphaned',
      needs_recheck: 'yes',
      previous_status: 'verified',
    });
    const json = JSON.parse(await report('json'));
    const claims = json.documents.flatMap((doc: { claims: { id: string }[] }) => doc.claims);
    expect(claims.find((claim: { id: string }) => claim.id === seed.claims.fare.id)).toMatchObject({
      status: 'unchecked',
      recheck: { state: 'changed', was: '$27', previousStatus: 'verified', version: 2 },
    });
    expect(json.summary.byStatus.verified).toBe(1);
  });

  it.skipIf(noPdf)('says so in the PDF and in Word', async () => {
    const pdf = flat(await report('pdf'));
    expect(pdf).toContain('Needs re-check (was Verified):');
    expect(pdf).toContain('Version 2 changed “$27” to “$31” (was Verified, needs re-check).');
    const word = await report('docx');
    expect(word).toContain(RECHECK);
    expect(word).toContain('Needs re-check: version 2 removed “by 2025” from the draft (it was Verified).');
  });
});

describe('a revised draft', () => {
  // The report shows version 2's text, so it names version 2's file (it named transit.txt, version 1's).
  const LINE =
    /transit-v2\.txt \(txt\)(, dated [\d-]+)?, version 2 loaded [\d-]+ [\d:]+ UTC \(first imported [\d-]+ [\d:]+ UTC from transit\.txt\)/;

  it('is named by its current file and version in HTML, Markdown and JSON', async () => {
    expect(flat(await report('html'))).toMatch(LINE);
    expect((await report('md')).replace(/\\/g, '')).toMatch(LINE);
    const json = JSON.parse(await report('json'));
    const transit = json.documents.find((doc: { fileName: string }) => doc.fileName === 'transit.txt');
    expect(transit.version).toMatchObject({ number: 2, fileName: 'transit-v2.txt', sourceFormat: 'txt' });
  });

  it.skipIf(noPdf)('is named by its current file and version in the PDF and in Word', async () => {
    expect(flat(await report('pdf'))).toMatch(LINE);
    expect(flat(await report('docx'))).toMatch(LINE);
  });
});

/** The `<article>` of one claim in the HTML report. */
function articleOf(html: string, id: string): string {
  const start = html.indexOf(`id="claim-${id}"`);
  expect(start).toBeGreaterThan(0);
  return html.slice(html.lastIndexOf('<article', start), html.indexOf('</article>', start));
}

interface Review {
  readonly claimReviewed: string;
  readonly itemDate: string | undefined;
  readonly appearance: string;
}

/** Every ClaimReview, by its url, as jsonld expands it (offline). */
async function expandedReviews(): Promise<Map<string, Review>> {
  const doc = JSON.parse(await report('claimreview'));
  const S = 'http://schema.org/';
  type Node = Record<string, { '@value'?: string; '@id'?: string }[]>;
  const expanded = (await jsonld.expand(doc, { documentLoader: offlineDocumentLoader as never })) as Node[];
  const reviews = new Map<string, Review>();
  for (const node of expanded) {
    if (!(node['@type'] as unknown as string[])?.includes(`${S}ClaimReview`)) continue;
    const item = node[`${S}itemReviewed`]![0] as unknown as Record<string, Node[] | Node[string]>;
    const appearance = (item[`${S}appearance`] as Node[])[0]!;
    reviews.set(node[`${S}url`]![0]!['@id']!, {
      claimReviewed: node[`${S}claimReviewed`]![0]!['@value']!,
      itemDate: (item[`${S}datePublished`] as Node[string] | undefined)?.[0]?.['@value'],
      appearance: appearance[`${S}name`]![0]!['@value']!,
    });
  }
  return reviews;
}
