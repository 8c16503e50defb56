import type { BrowserWindow } from 'electron';
import { app, ipcMain, safeStorage, session } from 'electron';
import { createServices, registerHandlers, workerRunner, type Dialogs, type Services } from '../../core';
import type { AppLayout } from './app-layout';
import { serveAppProtocol } from './app-protocol';
import { runForWindow } from './dialog-parent';
import { createElectronRouter, type ElectronRouter, type ElectronRouterOptions } from './electron-router';
import { electronPdfPrinter } from './pdf-printer';
import { keychainTokenStore } from './keychain-tokens';
import { hardenSession } from './security';
import { WindowRegistry } from './window-registry';

/** What the app and its self-test run on, once Electron is ready. */
export interface ShellServices {
  readonly services: Services;
  readonly router: ElectronRouter;
  readonly registry: WindowRegistry<BrowserWindow>;
  readonly dialogs: Dialogs;
}

/** How to start them. */
export interface ShellServicesOptions {
  readonly layout: AppLayout;
  readonly userDataDir: string;
  /** The native dialogs, which find their parent among the app's windows. */
  readonly dialogs: (registry: WindowRegistry<BrowserWindow>) => Dialogs;
  readonly onReply?: ElectronRouterOptions['onReply'];
  readonly refuse?: ElectronRouterOptions['refuse'];
}

/**
 * After `ready`: locks down the default session, serves the built renderer on `app://factdesk/`,
 * starts the services (claim finding in the worker, PDFs with Electron's Chromium) and routes the
 * IPC contract to the session of the window that calls.
 */
export async function startShellServices(options: ShellServicesOptions): Promise<ShellServices> {
  const { layout } = options;
  hardenSession(session.defaultSession, { allowDevtools: !app.isPackaged });
  serveAppProtocol(layout.rendererDir);
  const registry = new WindowRegistry<BrowserWindow>();
  const dialogs = options.dialogs(registry);
  const services = await createServices({
    userDataDir: options.userDataDir,
    mode: 'desktop',
    version: app.getVersion(),
    dialogs,
    pdfPrinter: electronPdfPrinter(),
    licensesFile: layout.licensesFile,
    // Claim finding runs off the main process's thread.
    extraction: workerRunner(layout.extractWorker),
    // Git tokens for shared projects: in the OS keychain, never in a project.
    tokens: keychainTokenStore(safeStorage, options.userDataDir),
  });
  const router = createElectronRouter({
    ipcMain,
    sessionFor: (id) => registry.sessionFor(id),
    runForWindow,
    onReply: options.onReply,
    refuse: options.refuse,
  });
  registerHandlers(router, services);
  return { services, router, registry, dialogs };
}
