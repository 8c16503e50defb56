import type { ChannelArgs, ClaimRow } from '../shared/ipc';
import type { ClaimListRow, ClaimsPage } from '../shared/ipc/claim-list-row';

/** The two channels the app reads claims with, as a test's harness calls them (its envelope unwrapped). */
export interface ClaimReader {
  (channel: 'claims:page', args: ChannelArgs<'claims:page'>): Promise<ClaimsPage>;
  (channel: 'claim:get', args: ChannelArgs<'claim:get'>): Promise<ClaimRow>;
}

/** Small pages, so a test's project of a few dozen claims crosses page boundaries as a big one does. */
const TEST_PAGE = 25;

/** Every claim's slim row in document order, read page by page with `claims:page` as the renderer does. */
export async function claimListRows(call: ClaimReader): Promise<ClaimListRow[]> {
  const rows: ClaimListRow[] = [];
  for (;;) {
    const page = await call('claims:page', { offset: rows.length, limit: TEST_PAGE });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

/**
 * Every claim's full record in document order, read as the app reads them: the rows with `claims:page`,
 * then each claim's record with `claim:get` (what Claim details shows).
 */
export async function claimRecords(call: ClaimReader): Promise<ClaimRow[]> {
  const records: ClaimRow[] = [];
  for (const row of await claimListRows(call)) records.push(await call('claim:get', { claimId: row.id }));
  return records;
}
