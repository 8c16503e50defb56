import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenProject } from '../../project/open-project';
import { HOSTILE, seedReportProject, type ReportSeed } from '../../../test-support/reports/report-seed';
import { addReferencesToClaim } from './add-references';
import { exportCitations } from './export-citations';
import { parseReferences } from './import-citations';
import { interchangeFormatOf, parseInterchangeFormat } from './interchange-formats';

let seed: ReportSeed;
beforeAll(async () => {
  seed = await seedReportProject();
});
afterAll(() => seed?.cleanup());

describe('citation export', () => {
  it('writes the project’s citations as BibTeX, RIS and CSL-JSON, leaving confidential ones out', () => {
    const bib = exportCitations(seed.data.documents, 'bibtex');
    expect(bib.count).toBe(3);
    expect(bib.withheld).toBe(1);
    expect(bib.text).toMatch(/@misc\{/);
    expect(bib.text).toContain('url = {https://www.nato.int/cps/en/natohq/opinions_191044.htm}');
    expect(bib.text).not.toContain('javascript:');
    expect(bib.text).not.toContain(HOSTILE.confidentialTitle);
    const ris = exportCitations(seed.data.documents, 'ris');
    expect(ris.text).toMatch(/^TY {2}- ELEC$/m);
    expect(ris.text).toMatch(/^UR {2}- https:\/\/www\.nato\.int\//m);
    const csl = JSON.parse(exportCitations(seed.data.documents, 'csl').text);
    expect(csl.map((item: { keyword: string }) => item.keyword).sort()).toEqual([
      'context',
      'refutes',
      'supports',
    ]);
    const withSecret = exportCitations(seed.data.documents, 'csl', { includeConfidential: true });
    expect(withSecret.count).toBe(4);
    expect(withSecret.text).toContain(HOSTILE.confidentialTitle);
  });

  it('exports one claim’s citations, and names a missing claim', () => {
    const one = exportCitations(seed.data.documents, 'csl', { claimId: seed.verified.id });
    expect(one.count).toBe(1);
    expect(() => exportCitations(seed.data.documents, 'csl', { claimId: 'cnothere' })).toThrow(
      'There is no claim cnothere in this project.',
    );
  });
});

describe('citation export of hostile and repeated sources', () => {
  /** The seed's documents with the verified claim's citation changed by `change`, and a second use of it. */
  function withCitations(
    change: (citation: Record<string, unknown>) => void,
    again?: Record<string, unknown>,
  ) {
    const documents = structuredClone(seed.data.documents) as unknown as {
      claims: { id: string; citations: Record<string, unknown>[] }[];
    }[];
    const claims = documents.flatMap((doc) => doc.claims);
    const verified = claims.find((claim) => claim.id === seed.verified.id)!;
    const citation = verified.citations.find((c) => !c.confidential)!;
    change(citation);
    if (again) {
      const other = claims.find((claim) => claim.id !== seed.verified.id)!;
      other.citations = [{ ...citation, id: 'tagain', ...again }];
    }
    return documents as unknown as typeof seed.data.documents;
  }

  it('keeps a line break in a title from starting a record of its own (RIS, BibTeX)', () => {
    const documents = withCitations((citation) => {
      citation.title = 'Real\nER  - \nTY  - JOUR\nTI  - Injected\nER  - ';
    });
    for (const format of ['ris', 'bibtex'] as const) {
      const exported = exportCitations(documents, format, { claimId: seed.verified.id });
      expect(exported.text, format).not.toMatch(/^TI {2}- Injected/m);
      const { citations } = parseReferences(`refs.${format}`, exported.text, format);
      expect(citations, format).toHaveLength(1);
      expect(citations[0]!.url, format).toBe('https://www.nato.int/cps/en/natohq/opinions_191044.htm');
      expect(citations[0]!.title, format).toBe('Real ER - TY - JOUR TI - Injected ER -');
    }
  });

  it('writes one source cited two ways as two entries, so no stance or quote is dropped', () => {
    const twoWays = withCitations(() => {}, { stance: 'refutes', quote: 'Only 9,000', locator: 'p. 4' });
    const csl = JSON.parse(exportCitations(twoWays, 'csl').text) as {
      keyword: string;
      note?: string;
      page?: string;
    }[];
    expect(
      csl.filter((item) => item.note === 'Only 9,000' && item.page === 'p. 4' && item.keyword === 'refutes'),
    ).toHaveLength(1);
    // Cited the same way on two claims: one entry naming both.
    const sameWay = withCitations(() => {}, {});
    const merged = JSON.parse(exportCitations(sameWay, 'csl').text) as { custom: { claims: string[] } }[];
    expect(merged.some((item) => item.custom.claims.length === 2)).toBe(true);
  });
});

describe('citation import', () => {
  it('reads back what it exported, in every format', () => {
    for (const format of ['bibtex', 'ris', 'csl'] as const) {
      const exported = exportCitations(seed.data.documents, format, { claimId: seed.verified.id });
      const { citations } = parseReferences(`refs.${format}`, exported.text, format);
      expect(citations, format).toHaveLength(1);
      expect(citations[0], format).toMatchObject({
        url: 'https://www.nato.int/cps/en/natohq/opinions_191044.htm',
        title: HOSTILE.citationTitle,
        publisher: 'NATO',
        date: '2022-02-03',
        quote: 'some 30,000 troops',
        stance: 'supports',
      });
    }
  });

  it('drops URLs that are not http(s), skips empty entries, and refuses files it cannot read', () => {
    const bib = `@misc{a, title = {Evil}, url = {javascript:alert(1)}}\n@misc{b, note = {no title}}\n@article{c, title = {Paper}, journal = {Journal of Things}, year = {2020}}`;
    const parsed = parseReferences('refs.bib', bib, 'bibtex', 'refutes');
    expect(parsed.skipped).toBe(1);
    expect(parsed.citations.map((c) => [c.title, c.url, c.stance, c.publisher, c.date])).toEqual([
      ['Evil', undefined, 'refutes', undefined, undefined],
      ['Paper', undefined, 'refutes', 'Journal of Things', '2020'],
    ]);
    expect(() => parseReferences('refs.json', '{"not": [', 'csl')).toThrow(
      'refs.json could not be read as CSL-JSON.',
    );
    expect(() => parseReferences('refs.json', '[1, 2]', 'csl')).toThrow(
      'refs.json could not be read as CSL-JSON.',
    );
    expect(() => interchangeFormatOf('refs.txt')).toThrow(
      'refs.txt is not a references file Factdesk can read',
    );
    expect(parseInterchangeFormat('BibTeX')).toBe('bibtex');
  });

  it('adds imported references to a claim of a real project', async () => {
    const ris =
      'TY  - ELEC\nTI  - Belarus exercise schedule\nUR  - https://example.org/schedule\nPY  - 2022\nER  - \n';
    const project = await OpenProject.open(seed.dir, { tool: 'test' });
    try {
      const added = await addReferencesToClaim(
        project,
        seed.unsourced.id,
        parseReferences('refs.ris', ris, 'ris', 'supports'),
        'Ana Checker',
      );
      expect(added).toBe(1);
      const row = project.claimRow(seed.unsourced.id);
      expect(row.citations.at(-1)).toMatchObject({
        title: 'Belarus exercise schedule',
        url: 'https://example.org/schedule',
        stance: 'supports',
        addedBy: 'Ana Checker',
      });
      expect(row.history.at(-1)).toMatchObject({ action: 'cite', by: 'Ana Checker' });
    } finally {
      await project.close();
    }
  });
});
