import type { Channel, Envelope } from '../shared/ipc';
import type { WorkbenchSession } from './session/workbench-session';
import type { ExtractionRunner } from './extraction/extraction-runner';
import type { PdfPrinter } from './reports/pdf-printer';
import type { TokenStore } from './desk/token-store';

/** Native dialogs, passed in by the shell: Electron's in the app, none in the web workbench and tests. */
export interface Dialogs {
  /** A folder to create a project in, or an existing `NAME.factdesk` folder to open; null when cancelled. */
  chooseProjectFolder(purpose: 'open' | 'create'): Promise<string | null>;
  /** Draft files to import; null when cancelled. */
  chooseDrafts(): Promise<string[] | null>;
  /** Where to save a report, proposing `fileName`; null when cancelled. Shells without a save dialog leave it out. */
  chooseReportPath?(fileName: string): Promise<string | null>;
  /** A local file to attach to a citation; null when cancelled. Shells without an open dialog leave it out. */
  chooseCitationFile?(): Promise<string | null>;
  /** A folder to add to the desk's archive ("Checked before"); null when cancelled. Shells without one leave it out. */
  chooseArchiveFolder?(): Promise<string | null>;
}

/** Where the services keep their own state and how they present themselves. */
export interface ServicesOptions {
  /** Folder for app settings (checker name, recent projects). Electron passes `app.getPath('userData')`. */
  readonly userDataDir: string;
  readonly mode: 'desktop' | 'web';
  readonly version: string;
  readonly dialogs: Dialogs;
  /** Where claims are found; the shells pass a worker runner so big drafts never block them. Default: inline. */
  readonly extraction?: ExtractionRunner;
  /** Prints report PDFs; the desktop shell passes one on `webContents.printToPDF`. Default: headless Chromium. */
  readonly pdfPrinter?: PdfPrinter;
  /** The build's list of bundled licences (`dist/licenses.json`), shown by Help › About Factdesk. */
  readonly licensesFile?: string;
  /**
   * Where git tokens are kept: the desktop shell passes one on the OS keychain (safeStorage); the
   * default (web workbench, tests) keeps them in this process's memory only.
   */
  readonly tokens?: TokenStore;
}

/**
 * Anything that can route a channel to a handler: `ipcMain` in Electron, a plain map in the web
 * workbench and in tests. The handler validates its raw argument and never throws: it resolves to
 * an envelope whose error is one clear sentence.
 */
export interface Router {
  handle(
    channel: Channel,
    handler: (rawArgs: unknown, session: WorkbenchSession) => Promise<Envelope<unknown>>,
  ): void;
}
