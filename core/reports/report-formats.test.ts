import { Buffer } from 'node:buffer';
import { unzipSync, strFromU8 } from 'fflate';
import jsonld from 'jsonld';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIM_REVIEWED_MAX,
  hasVerdictWord,
  type ReportFormat,
  type ReportSettings,
} from '../../shared/reports';
import { buildReport } from './build-report';
import { offlineDocumentLoader } from '../../test-support/reports/claimreview-context';
import { HOSTILE, seedReportProject, type ReportSeed } from '../../test-support/reports/report-seed';

let seed: ReportSeed;
beforeAll(async () => {
  seed = await seedReportProject();
});
afterAll(() => seed?.cleanup());

const settings: ReportSettings = { generatedBy: 'Ana Checker', organization: 'Desk <Org>' };
const text = async (format: ReportFormat, extra: ReportSettings = {}) =>
  Buffer.from((await buildReport(seed.data, format, { ...settings, ...extra })).bytes).toString('utf8');

/** Text of every confidential detail, which no report may contain. */
function expectNoConfidential(output: string): void {
  expect(output).not.toContain(HOSTILE.confidentialTitle);
  expect(output).not.toContain('secret.example.org');
}

describe('DOCX report, read back with mammoth', () => {
  it('shows every rated claim with its verdict, and links only http(s) URLs', async () => {
    const report = await buildReport(seed.data, 'docx', settings);
    expect(report.fileName).toMatch(/report\.docx$/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(report.bytes) });
    for (const claim of [seed.verified, seed.disputed, seed.unsourced]) expect(value).toContain(claim.text);
    expect(value).toMatch(/Verdict: Verified/);
    expect(value).toMatch(/Verdict: Disputed/);
    expect(value).toMatch(/Verdict: Unsourced/);
    expect(value).toContain(HOSTILE.scriptNote);
    expect(value).toContain('Confidential source (withheld)');
    expectNoConfidential(value);
    const files = unzipSync(report.bytes);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const targets = [...rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const target of targets) expect(target).toMatch(/^https?:\/\//);
    expect(rels).not.toMatch(/javascript:|data:text/);
  });
});

describe('CSV report, read back with papaparse', () => {
  it('has one row per claim with its verdict, a byte-order mark, and no live formulas', async () => {
    const csv = await text('csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const claimCount = seed.data.documents.reduce((sum, doc) => sum + doc.claims.length, 0);
    expect(parsed.data).toHaveLength(claimCount);
    const row = (id: string) => parsed.data.find((entry) => entry.claim_id === id)!;
    expect(row(seed.verified.id)).toMatchObject({
      status: 'verified',
      verdict: 'Verified',
      checked_by: 'Ana Checker',
    });
    expect(row(seed.disputed.id).status).toBe('disputed');
    expect(row(seed.unsourced.id).note).toBe(`'${HOSTILE.formulaNote}`);
    expect(row(seed.disputed.id).citations).toContain('confidential source (withheld)');
    for (const entry of parsed.data) {
      for (const value of Object.values(entry)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
    expectNoConfidential(csv);
  });
});

describe('JSON report', () => {
  it('holds the project, documents, claims, citations and history', async () => {
    const json = JSON.parse(await text('json'));
    expect(json.project).toMatchObject({ id: seed.data.project.id, title: 'Belarus desk <b>&</b> “NATO”' });
    expect(json.project.methodology).toMatch(/primary sources/);
    expect(json.summary.byStatus).toMatchObject({ verified: 1, disputed: 1, unsourced: 1 });
    const claims = json.documents.flatMap((doc: { claims: unknown[] }) => doc.claims);
    const verified = claims.find((claim: { id: string }) => claim.id === seed.verified.id);
    expect(verified).toMatchObject({ status: 'verified', note: HOSTILE.scriptNote });
    expect(verified.citations[0]).toMatchObject({
      stance: 'supports',
      url: expect.stringMatching(/^https:/),
    });
    expect(verified.history.map((entry: { action: string }) => entry.action)).toContain('status');
    expect(json.verdictLog.map((entry: { to: string }) => entry.to)).toEqual(
      expect.arrayContaining(['disputed', 'verified', 'unsourced']),
    );
    expect(json.documents[0].text).toMatch(/Stoltenberg/);
    expectNoConfidential(JSON.stringify(json));
  });
});

describe('Markdown report', () => {
  it('shows claims and verdicts with hostile text escaped and only http(s) links', async () => {
    const md = await text('md');
    expect(md).toContain(`**Verdict:** Verified`);
    expect(md).toContain(`**Verdict:** Disputed`);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/(?<!\\)\]\(<?javascript:/);
    expect(md).not.toMatch(/(?<!\\)\]\(<?data:/);
    expect(md).toContain('\\[this\\](javascript:alert(2))');
    expect(md).toMatch(/\]\(<https:\/\/www\.nato\.int\//);
    expectNoConfidential(md);
  });
});

describe('schema.org ClaimReview, expanded with jsonld offline', () => {
  it('has one ClaimReview per rated claim with the documented rating', async () => {
    const doc = JSON.parse(await text('claimreview', { baseUrl: 'https://factdesk.example/belarus/' }));
    const expanded = (await jsonld.expand(doc, { documentLoader: offlineDocumentLoader as never })) as Record<
      string,
      { '@value'?: unknown; '@id'?: string }[]
    >[];
    const S = 'http://schema.org/';
    const reviews = expanded.filter((node) =>
      (node['@type'] as unknown as string[])?.includes(`${S}ClaimReview`),
    );
    expect(reviews).toHaveLength(3);
    const byUrl = new Map(reviews.map((review) => [review[`${S}url`]![0]!['@id'], review]));
    const verified = byUrl.get(`https://factdesk.example/belarus/#claim-${seed.verified.id}`)!;
    expect(verified).toBeDefined();
    const rating = verified[`${S}reviewRating`]![0] as unknown as Record<string, { '@value': unknown }[]>;
    expect(rating[`${S}ratingValue`]![0]!['@value']).toBe(5);
    expect(rating[`${S}bestRating`]![0]!['@value']).toBe(5);
    expect(rating[`${S}worstRating`]![0]!['@value']).toBe(1);
    expect(rating[`${S}alternateName`]![0]!['@value']).toBe('True');
    for (const review of reviews) {
      const reviewed = review[`${S}claimReviewed`]![0]!['@value'] as string;
      expect(reviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
      expect(hasVerdictWord(reviewed)).toBe(false);
      expect(review[`${S}datePublished`]![0]!['@value']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const author = review[`${S}author`]![0] as unknown as Record<string, { '@value': string }[]>;
      expect(author[`${S}name`]![0]!['@value']).toBe('Desk <Org>');
    }
    const disputed = byUrl.get(`https://factdesk.example/belarus/#claim-${seed.disputed.id}`)!;
    const item = disputed[`${S}itemReviewed`]![0] as unknown as Record<
      string,
      Record<string, { '@value': string }[]>[]
    >;
    expect(item[`${S}author`]![0]![`${S}name`]![0]!['@value']).toBe('Jens Stoltenberg');
    expect(item[`${S}appearance`]![0]![`${S}name`]![0]!['@value']).toMatch(/Stoltenberg asks Russia/);
  });
});
