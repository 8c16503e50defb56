import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import {
  createElectronDialogs,
  DRAFT_FILTER_EXTENSIONS,
  openProjectDialogOptions,
  titleFromProjectDir,
  withProjectExtension,
} from './dialogs';

beforeEach(() => {
  boundary.app.paths.set('documents', path.resolve('/home/checker/Documents'));
  vi.clearAllMocks();
});

describe('the project and draft dialogs', () => {
  it('names a new project NAME.factdesk, attached to the window that asked', async () => {
    const parent = new FakeBrowserWindow({});
    boundary.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/desk/Budget 2024' });
    const dialogs = createElectronDialogs(() => parent as never);
    await expect(dialogs.chooseProjectFolder('create')).resolves.toBe('/desk/Budget 2024.factdesk');
    const [window, options] = boundary.dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string },
    ];
    expect(window).toBe(parent);
    expect(options.defaultPath).toBe(path.join(path.resolve('/home/checker/Documents'), 'Untitled.factdesk'));
  });

  it('opens an existing project folder, or nothing when cancelled', async () => {
    const dialogs = createElectronDialogs(() => null);
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/desk/A.factdesk'],
    });
    await expect(dialogs.chooseProjectFolder('open')).resolves.toBe('/desk/A.factdesk');
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(dialogs.chooseProjectFolder('open')).resolves.toBeNull();
    boundary.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(dialogs.chooseProjectFolder('create')).resolves.toBeNull();
  });

  it('chooses drafts of the formats the importer reads', async () => {
    const dialogs = createElectronDialogs(() => null);
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/a.txt', '/b.pdf'],
    });
    await expect(dialogs.chooseDrafts()).resolves.toEqual(['/a.txt', '/b.pdf']);
    const [options] = boundary.dialog.showOpenDialog.mock.calls[0] as [
      { properties: string[]; filters: { extensions: string[] }[] },
    ];
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0]?.extensions).toEqual(
      expect.arrayContaining(['txt', 'md', 'html', 'docx', 'pdf']),
    );
    expect(options.filters[0]?.extensions).toEqual(DRAFT_FILTER_EXTENSIONS);
    expect(DRAFT_FILTER_EXTENSIONS).toContain('xhtml');
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    await expect(dialogs.chooseDrafts()).resolves.toBeNull();
  });

  it('lets macOS pick a .factdesk package as a file; other systems pick folders', () => {
    expect(openProjectDialogOptions('darwin').properties).toEqual(['openDirectory', 'openFile']);
    expect(openProjectDialogOptions('win32').properties).toEqual(['openDirectory']);
  });

  it('names projects from their folders', () => {
    expect(withProjectExtension('/desk/Budget/')).toBe('/desk/Budget.factdesk');
    expect(withProjectExtension('/desk/Budget.FACTDESK')).toBe('/desk/Budget.FACTDESK');
    expect(titleFromProjectDir('/desk/Budget 2024.factdesk')).toBe('Budget 2024');
    expect(titleFromProjectDir('/desk/.factdesk')).toBe('Untitled');
  });
});
