import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaimRow } from '../../shared/ipc';
import { styledWordDraft } from '../drafts/styled-docx';
import { servicesWithRouter } from '../map-router';
import { tempDir } from '../temp-dir';
import { claimRecords } from '../claim-records';

/** Text a note carries to prove the comments keep hostile text inert. */
export const HOSTILE_NOTE = '</w:t></w:r><w:r><w:t>INJECTED & "quoted" <b>\u0001\ufffe';
/** The title of a confidential source, which must never reach the comments. */
export const CONFIDENTIAL_TITLE = 'Informant memo Z-17';

/**
 * A project holding the styled Word draft, imported through the real services, with every claim
 * that is not a bare date given a verdict (verified, disputed, unsourced in turn), a note and a
 * source; the first also has a confidential source and a hostile note. The checker is Ana Checker.
 */
export async function seedWordDraftProject(options: { passphrase?: string } = {}) {
  const root = await tempDir('factdesk-comments-');
  const dir = join(root, 'Budget.factdesk');
  const draft = await styledWordDraft();
  const file = join(root, 'budget-draft.docx');
  await writeFile(file, draft);
  const router = await servicesWithRouter();
  const { call } = router;
  await call('app:setChecker', { name: 'Ana Checker' });
  await call('project:create', { dir, title: 'Budget desk', ...options });
  await call('documents:importFiles', { paths: [file] });
  const rows = await claimRecords(call);
  const rated: ClaimRow[] = [];
  for (const [index, row] of rows.filter((entry) => entry.kind !== 'date').entries()) {
    const status = (['verified', 'disputed', 'unsourced'] as const)[index % 3]!;
    await call('claim:setStatus', { claimId: row.id, status });
    await call('claim:setNote', {
      claimId: row.id,
      note: index === 0 ? HOSTILE_NOTE : `Checked ${row.quote}.`,
    });
    await call('claim:addCitation', {
      claimId: row.id,
      citation: {
        title: `Release on ${row.quote}`,
        url: 'https://stats.example.org/release?a=1&b=2',
        publisher: 'Statistics office',
        quote: 'The figure as published.',
        stance: 'supports',
      },
    });
    if (index === 0)
      await call('claim:addCitation', {
        claimId: row.id,
        citation: { title: CONFIDENTIAL_TITLE, quote: 'secret', stance: 'refutes', confidential: true },
      });
    rated.push({ ...row, status });
  }
  return { ...router, root, dir, file, draft: new Uint8Array(draft), rated, rows };
}
