import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimRow } from '../../shared/ipc';
import type { ReportData } from '../../shared/reports';
import { servicesWithRouter } from '../map-router';
import { SEED_SAMPLE } from '../temp-dir';
import { readReportData } from '../../core/reports/load-report-data';
import { claimRecords } from '../claim-records';

/** A transit story as a newsroom would file it, and its second version ($27 → $31, a paragraph cut). */
export const TRANSIT_V1 = `Transit passes go up in June

PORT ELLIS, March 3, 2023 — Riders of the Port Ellis bus network will pay $27 a month for a pass from June, the transit board said on Thursday.

Ridership rose 14 percent last year, according to the board's annual report.

The board also plans to close the Harbor Street depot by 2025, saving 2.1 million dollars a year.
`;

export const TRANSIT_V2 = TRANSIT_V1.replace('$27', '$31')
  .replace('14 percent', '18 percent')
  .replace(
    '\nThe board also plans to close the Harbor Street depot by 2025, saving 2.1 million dollars a year.\n',
    '',
  );

/** The claims the seed rated, by what they say. */
export interface TrustClaims {
  readonly soldiers: ClaimRow;
  readonly paratroopers: ClaimRow;
  readonly tanks: ClaimRow;
  readonly fare: ClaimRow;
  readonly ridership: ClaimRow;
  readonly depot: ClaimRow;
}

export interface TrustSeed {
  readonly dir: string;
  readonly data: ReportData;
  /** The claims as they were rated, before the transit story's second version. */
  readonly claims: TrustClaims;
  cleanup(): Promise<void>;
}

/**
 * A project built through the real handlers: the seed article with its three figures of one sentence
 * rated three ways (13,000 verified with a cited, archived source and an assignee; 3,500 disputed; 800
 * unsourced), and the transit story with $27, 14 percent and the depot's 2025 verified, then loaded again
 * as version 2, where $27 became $31, 14 percent became 18 percent and the depot paragraph is gone.
 */
export async function seedTrustProject(): Promise<TrustSeed> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-trust-'));
  const dir = join(root, 'Trust.factdesk');
  const { services, call } = await servicesWithRouter();
  try {
    await call('app:setChecker', { name: 'Ana Checker' });
    await call('project:create', { dir, title: 'Trust desk' });
    await call('documents:importFiles', { paths: [SEED_SAMPLE] });
    const transit = await call('documents:importText', { fileName: 'transit.txt', text: TRANSIT_V1 });
    const rows = await claimRecords(call);
    const byQuote = (quote: string) => {
      const row = rows.find((entry) => entry.quote === quote);
      if (!row) throw new Error(`trust seed: no claim "${quote}"`);
      return row;
    };
    const claims: TrustClaims = {
      soldiers: byQuote('Some 13,000 soldiers'),
      paratroopers: byQuote('another 3,500 paratroopers'),
      tanks: byQuote('800 battle tanks and armored vehicles'),
      fare: byQuote('$27'),
      ridership: byQuote('14 percent'),
      depot: byQuote('by 2025'),
    };
    await call('claim:setStatus', { claimId: claims.soldiers.id, status: 'verified' });
    await call('claim:setAssignee', { claimId: claims.soldiers.id, assignee: 'Bea Reyes' });
    await call('claim:addCitation', {
      claimId: claims.soldiers.id,
      citation: {
        url: 'https://www.nato.int/cps/en/natohq/opinions_191040.htm',
        title: 'Press conference by NATO Secretary General',
        quote: 'some 13,000 soldiers',
        stance: 'supports',
        locator: 'para. 4',
        archivedUrl: 'https://web.archive.org/web/2022/https://www.nato.int/',
      },
    });
    await call('claim:setStatus', { claimId: claims.paratroopers.id, status: 'disputed' });
    await call('claim:setStatus', { claimId: claims.tanks.id, status: 'unsourced' });
    for (const claim of [claims.fare, claims.ridership, claims.depot]) {
      await call('claim:setStatus', { claimId: claim.id, status: 'verified' });
    }
    await call('document:revise', {
      documentId: transit.imported[0]!.id,
      fileName: 'transit-v2.txt',
      text: TRANSIT_V2,
    });
    await services.close();
    const data = await readReportData(dir, 'the report tests');
    return { dir, data, claims, cleanup: () => rm(root, { recursive: true, force: true }) };
  } catch (error) {
    await services.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
