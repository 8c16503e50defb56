import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Saving the draft with comments through the native save dialog: the whole main process on the
// Electron boundary mock (replies cross as structured clones) and the real services. The reply
// carries the report's notice, as the web workbench's download does.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { invokeFrom, mainProcessInTempFolder, okFrom } from '../../test-support/main-process';
import { styledWordDraft } from '../../test-support/drafts/styled-docx';
import { claimListRows, type ClaimReader } from '../../test-support/claim-records';

const desk = mainProcessInTempFolder('factdesk-main-save-report-');

describe('saving a report from the desktop app', { timeout: 120_000 }, () => {
  it("returns where the draft with comments was saved and the report's notice; null when cancelled", async () => {
    const { root } = desk;
    const [window] = FakeBrowserWindow.getAllWindows();
    const ok = (channel: string, args: unknown = {}) => okFrom(window!, channel, args);
    await ok('app:setChecker', { name: 'Ana Checker' });
    await ok('project:create', { dir: path.join(root, 'Budget.factdesk'), title: 'Budget desk' });
    const draft = await styledWordDraft();
    await ok('documents:importBytes', { fileName: 'budget-draft.docx', base64: draft.toString('base64') });
    // Every claim checked: the one in the footnote is not in the body, which the notice says.
    for (const row of await claimListRows(ok as ClaimReader))
      await ok('claim:setStatus', { claimId: row.id, status: 'verified' });

    const chosen = path.join(root, 'Back to the writer.docx');
    boundary.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const args = { format: 'docx-comments', options: {} };
    const reply = await invokeFrom(window!, 'dialog:saveReport', args);
    expect(reply).toEqual({
      ok: true,
      value: {
        path: chosen,
        notice:
          '1 checked claim was not found in the text of budget-draft.docx; its comment is on a quoted copy at the end.',
      },
    });
    const [parent, options] = boundary.dialog.showSaveDialog.mock.calls.at(-1) as [
      unknown,
      { defaultPath: string },
    ];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(path.join(root, 'Budget debate heats up with comments.docx'));
    expect((await readFile(chosen)).subarray(0, 2).toString('latin1')).toBe('PK');

    boundary.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(invokeFrom(window!, 'dialog:saveReport', args)).resolves.toEqual({ ok: true, value: null });
    // A report without a notice says only where it is.
    const html = path.join(root, 'report.html');
    boundary.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: html });
    await expect(ok('dialog:saveReport', { format: 'md', options: {} })).resolves.toEqual({ path: html });
    expect(Buffer.from(await readFile(html)).toString('utf8')).toContain('Budget desk');
  });
});
