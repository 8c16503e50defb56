import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { Dialogs } from '../../core/service-types';
import { DRAFT_EXTENSIONS, READABLE_DRAFTS } from '../../shared/domain';

/** The suffix of a project folder (`NAME.factdesk`); a package on macOS. */
export const PROJECT_EXTENSION = 'factdesk';
/** The draft file extensions the importer reads, without their dots (the dialog's filter). */
export const DRAFT_FILTER_EXTENSIONS = DRAFT_EXTENSIONS.map((extension) => extension.slice(1));

/**
 * Options for choosing an existing project. On macOS a `NAME.factdesk` folder is a package
 * (a file in Finder), so files are selectable too; Windows and Linux show a folder picker.
 */
export function openProjectDialogOptions(platform: NodeJS.Platform): OpenDialogOptions {
  return {
    title: 'Open Project',
    buttonLabel: 'Open',
    properties: platform === 'darwin' ? ['openDirectory', 'openFile'] : ['openDirectory'],
    filters: [{ name: 'Factdesk projects', extensions: [PROJECT_EXTENSION] }],
  };
}

/** Options for naming a new project folder, proposed in `documentsDir`. */
export function createProjectDialogOptions(documentsDir: string): SaveDialogOptions {
  return {
    title: 'New Project',
    buttonLabel: 'Create',
    nameFieldLabel: 'Project name:',
    defaultPath: path.join(documentsDir, `Untitled.${PROJECT_EXTENSION}`),
    filters: [{ name: 'Factdesk project', extensions: [PROJECT_EXTENSION] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Options for choosing drafts to import. */
export function draftsDialogOptions(): OpenDialogOptions {
  return {
    title: 'Import Drafts',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: `Drafts (${READABLE_DRAFTS})`, extensions: DRAFT_FILTER_EXTENSIONS }],
  };
}

/** Options for choosing one local file to attach to a citation (any kind: a PDF, a recording, a scan). */
export function citationFileDialogOptions(): OpenDialogOptions {
  return { title: 'Attach File to Citation', buttonLabel: 'Attach', properties: ['openFile'] };
}

/** Options for choosing a folder to add to the desk's archive ("Checked before"). */
export function archiveFolderDialogOptions(): OpenDialogOptions {
  return { title: 'Add Archive Folder', buttonLabel: 'Add', properties: ['openDirectory'] };
}

/** Options for saving a report, proposing `fileName` in `documentsDir`. */
export function saveReportDialogOptions(documentsDir: string, fileName: string): SaveDialogOptions {
  const extension = path.extname(fileName).replace('.', '') || 'html';
  return {
    title: 'Export Report',
    buttonLabel: 'Export',
    defaultPath: path.join(documentsDir, path.basename(fileName)),
    filters: [{ name: `${extension.toUpperCase()} report`, extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** `dir` with the project suffix: `~/Checks/Budget` → `~/Checks/Budget.factdesk`. */
export function withProjectExtension(dir: string): string {
  const trimmed = dir.replace(/[\\/]+$/, '');
  return trimmed.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)
    ? trimmed
    : `${trimmed}.${PROJECT_EXTENSION}`;
}

/** The title a project gets from its folder name: `Budget 2024.factdesk` → `Budget 2024`. */
export function titleFromProjectDir(dir: string): string {
  const name = path.basename(dir.replace(/[\\/]+$/, ''));
  const title = name.replace(new RegExp(`\\.${PROJECT_EXTENSION}$`, 'i'), '').trim();
  return title.length > 0 ? title : 'Untitled';
}

/**
 * Native dialogs for the services. Each is modal to `parentWindow()` (the window that asked)
 * when there is one.
 */
export function createElectronDialogs(parentWindow: () => BrowserWindow | null): Dialogs {
  const showOpen = (options: OpenDialogOptions) => {
    const parent = parentWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  return {
    async chooseProjectFolder(purpose) {
      if (purpose === 'open') {
        const result = await showOpen(openProjectDialogOptions(process.platform));
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const options = createProjectDialogOptions(app.getPath('documents'));
      const parent = parentWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withProjectExtension(result.filePath);
    },
    async chooseDrafts() {
      const result = await showOpen(draftsDialogOptions());
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    // Main keeps the path it returns (by token), so a citation can only attach what was chosen here.
    async chooseCitationFile() {
      const result = await showOpen(citationFileDialogOptions());
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseArchiveFolder() {
      const result = await showOpen(archiveFolderDialogOptions());
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseReportPath(fileName) {
      const options = saveReportDialogOptions(app.getPath('documents'), fileName);
      const parent = parentWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
