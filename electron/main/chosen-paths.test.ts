import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../core/service-types';
import { ChosenPaths, UNCHOSEN_PATH_ERROR, rememberingDialogs } from './chosen-paths';

describe('ChosenPaths', () => {
  it('lets through only files a dialog returned, on the file-reading channels', () => {
    const chosen = new ChosenPaths('linux');
    chosen.remember(['/home/ana/draft.txt']);
    chosen.remember(null);
    expect(chosen.refusal('documents:importFiles', { paths: ['/home/ana/draft.txt'] })).toBeNull();
    expect(chosen.refusal('documents:importFiles', { paths: ['/home/ana/./draft.txt'] })).toBeNull();
    expect(chosen.refusal('documents:importFiles', { paths: ['/home/ana/draft.txt', '/etc/passwd'] })).toBe(
      UNCHOSEN_PATH_ERROR,
    );
    expect(
      chosen.refusal('documents:importFiles', { paths: ['/home/ana/../ana/x/../../../etc/passwd'] }),
    ).toBe(UNCHOSEN_PATH_ERROR);
    expect(chosen.refusal('claim:addCitation', { claimId: 'c', citation: { filePath: '/etc/hosts' } })).toBe(
      UNCHOSEN_PATH_ERROR,
    );
    expect(chosen.refusal('claim:updateCitation', { citation: { filePath: '/etc/hosts' } })).toBe(
      UNCHOSEN_PATH_ERROR,
    );
    expect(
      chosen.refusal('document:reviseFile', { documentId: 'd', path: '/home/ana/draft.txt' }),
    ).toBeNull();
    expect(chosen.refusal('document:reviseFile', { documentId: 'd', path: '/etc/passwd' })).toBe(
      UNCHOSEN_PATH_ERROR,
    );
    // A citation without a file, other channels, and malformed arguments are the contract's business.
    expect(
      chosen.refusal('claim:addCitation', { claimId: 'c', citation: { url: 'https://x.org/' } }),
    ).toBeNull();
    expect(chosen.refusal('project:open', { dir: '/anywhere' })).toBeNull();
    expect(chosen.refusal('documents:importFiles', null)).toBeNull();
    expect(chosen.refusal('documents:importFiles', { paths: 'x' })).toBeNull();
  });

  it('adds as an archive folder only one the folder dialog returned', async () => {
    const chosen = new ChosenPaths('linux');
    const dialogs = rememberingDialogs(
      {
        chooseProjectFolder: vi.fn(),
        chooseDrafts: vi.fn(),
        chooseArchiveFolder: async () => '/home/ana/Archive',
      },
      chosen,
    );
    expect(chosen.refusal('archives:add', { dir: '/home/ana/Archive' })).toBe(UNCHOSEN_PATH_ERROR);
    expect(await dialogs.chooseArchiveFolder?.()).toBe('/home/ana/Archive');
    expect(chosen.refusal('archives:add', { dir: '/home/ana/Archive' })).toBeNull();
    expect(chosen.refusal('archives:add', { dir: '/home' })).toBe(UNCHOSEN_PATH_ERROR);
    // Removing one reads nothing.
    expect(chosen.refusal('archives:remove', { dir: '/anywhere' })).toBeNull();
  });

  it('compares paths without case on macOS and Windows, with case on Linux', () => {
    const mac = new ChosenPaths('darwin');
    mac.remember('/Users/Ana/Draft.txt');
    expect(mac.has('/users/ana/draft.TXT')).toBe(true);
    const linux = new ChosenPaths('linux');
    linux.remember('/home/ana/Draft.txt');
    expect(linux.has('/home/ana/draft.txt')).toBe(false);
  });
});

describe('rememberingDialogs', () => {
  it('remembers what each dialog returns and passes it on unchanged', async () => {
    const chosen = new ChosenPaths('linux');
    const draft = path.resolve('/tmp/a.txt');
    const dialogs: Dialogs = {
      chooseProjectFolder: vi.fn(async () => '/tmp/Desk.factdesk'),
      chooseDrafts: vi.fn(async () => [draft]),
      chooseCitationFile: vi.fn(async () => '/tmp/source.pdf'),
      chooseReportPath: vi.fn(async () => '/tmp/report.html'),
    };
    const remembering = rememberingDialogs(dialogs, chosen);
    expect(await remembering.chooseDrafts()).toEqual([draft]);
    expect(await remembering.chooseCitationFile?.()).toBe('/tmp/source.pdf');
    expect(await remembering.chooseReportPath?.('r.html')).toBe('/tmp/report.html');
    expect(chosen.has(draft)).toBe(true);
    expect(chosen.has('/tmp/source.pdf')).toBe(true);
    expect(chosen.has('/tmp/report.html')).toBe(false); // a save target is written, never read
    const plain = rememberingDialogs(
      { chooseProjectFolder: async () => null, chooseDrafts: async () => null },
      chosen,
    );
    expect(plain.chooseCitationFile).toBeUndefined();
  });
});
