import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Citation } from '../../shared/domain';
import type { ClaimRow } from '../../shared/ipc';
import type { ReportData } from '../../shared/reports';
import { servicesWithRouter } from '../map-router';
import { SEED_SAMPLE } from '../temp-dir';
import { readReportData } from '../../core/reports/load-report-data';
import { claimRecords } from '../claim-records';

/** Hostile strings the seed plants; no report may carry them as live markup, links or formulas. */
export const HOSTILE = {
  scriptNote: '<script>alert(1)</script> See [this](javascript:alert(2)).',
  formulaNote: '=HYPERLINK("http://x")',
  citationTitle: 'NATO press conference <img src=x onerror=alert(3)>',
  formulaTitle: '=cmd|"/c calc"!A1',
  javascriptUrl: 'javascript:alert(document.cookie)',
  dataUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==',
  confidentialTitle: 'Informant memo Z-17',
  confidentialUrl: 'https://secret.example.org/memo-z17',
};

/** The seed project: a folder built through the real services, its report data, and the claims it rated. */
export interface ReportSeed {
  readonly dir: string;
  readonly data: ReportData;
  readonly verified: ClaimRow;
  readonly disputed: ClaimRow;
  readonly unsourced: ClaimRow;
  /** Removes the project folder. */
  cleanup(): Promise<void>;
}

/**
 * Builds a project from the NATO/Belarus sample through the real IPC handlers: one claim verified
 * (after first being marked disputed, for the verdict log), one disputed (a quote by Jens
 * Stoltenberg, with a confidential source), one unsourced (with a consistency warning), the rest
 * unchecked; notes and citation titles carry hostile markup and formulas, and one citation written
 * straight to the project (as a hand-edited file could be) has `javascript:` and `data:` URLs.
 */
export async function seedReportProject(): Promise<ReportSeed> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-report-'));
  const dir = join(root, 'Belarus.factdesk');
  const { services, session, call } = await servicesWithRouter();
  const ids = { verified: '', disputed: '', unsourced: '' };
  try {
    await call('app:setChecker', { name: 'Ana Checker' });
    await call('project:create', { dir, title: 'Belarus desk <b>&</b> “NATO”' });
    await call('documents:importFiles', { paths: [SEED_SAMPLE] });
    await call('project:setMethodology', {
      text: 'Each claim was checked against primary sources.\n\nNATO transcripts were compared word for word.',
    });
    const rows = await claimRecords(call);
    const find = (test: (row: ClaimRow) => boolean, what: string) => {
      const row = rows.find(test);
      if (!row) throw new Error(`seed: no ${what} claim in the sample`);
      return row;
    };
    const verified = find(
      (row) => row.kind === 'quantity' && row.values?.number === 13000,
      '13,000 soldiers',
    );
    const disputed = find(
      (row) =>
        row.kind === 'quote' && row.values?.speaker === 'Jens Stoltenberg' && /largest/.test(row.quote),
      'Stoltenberg quote',
    );
    const unsourced = find((row) => (row.warnings?.length ?? 0) > 0 && row.kind === 'date', 'ten days');
    Object.assign(ids, { verified: verified.id, disputed: disputed.id, unsourced: unsourced.id });

    await call('claim:setStatus', { claimId: verified.id, status: 'disputed' });
    await call('claim:setStatus', { claimId: verified.id, status: 'verified' });
    await call('claim:setNote', { claimId: verified.id, note: HOSTILE.scriptNote });
    await call('claim:addCitation', {
      claimId: verified.id,
      citation: {
        url: 'https://www.nato.int/cps/en/natohq/opinions_191044.htm',
        archivedUrl:
          'https://web.archive.org/web/2022/https://www.nato.int/cps/en/natohq/opinions_191044.htm',
        title: HOSTILE.citationTitle,
        publisher: 'NATO',
        date: '2022-02-03',
        quote: 'some 30,000 troops',
        stance: 'supports',
      },
    });
    await call('claim:setStatus', { claimId: disputed.id, status: 'disputed' });
    await call('claim:setNote', { claimId: disputed.id, note: 'Bigger deployments happened in 1983.' });
    await call('claim:addCitation', {
      claimId: disputed.id,
      citation: {
        url: 'https://example.org/history',
        title: HOSTILE.formulaTitle,
        quote: 'in 1983',
        stance: 'refutes',
      },
    });
    await call('claim:addCitation', {
      claimId: disputed.id,
      citation: {
        url: HOSTILE.confidentialUrl,
        title: HOSTILE.confidentialTitle,
        quote: 'the source says so',
        stance: 'refutes',
        confidential: true,
      },
    });
    await call('claim:setStatus', { claimId: unsourced.id, status: 'unsourced' });
    await call('claim:setNote', { claimId: unsourced.id, note: HOSTILE.formulaNote });
    const planted: Citation = {
      id: 'shostile00001',
      url: HOSTILE.javascriptUrl,
      archivedUrl: HOSTILE.dataUrl,
      title: 'Hand-edited source',
      quote: '',
      stance: 'context',
      addedAt: new Date().toISOString(),
      addedBy: 'Ana Checker',
    };
    // Planted as a hand-edited file would hold it: the write path checks the citation's shape only.
    await session.changeClaim(unsourced.id, [
      { type: 'addCitation', claimId: unsourced.id, citation: planted },
    ]);
  } finally {
    await services.close();
  }
  const data = await readReportData(dir, 'report tests');
  const byId = (id: string): ClaimRow => {
    for (const doc of data.documents) {
      const claim = doc.claims.find((entry) => entry.id === id);
      if (claim) return { ...claim, documentTitle: doc.title, sentence: '' };
    }
    throw new Error(`seed: claim ${id} vanished`);
  };
  return {
    dir,
    data,
    verified: byId(ids.verified),
    disputed: byId(ids.disputed),
    unsourced: byId(ids.unsourced),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
