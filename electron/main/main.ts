/**
 * The Electron main process: a thin shell over the services. It serves the built renderer on
 * `app://factdesk/`, locks down every session and web contents, routes the IPC contract to the
 * services per window, and keeps one instance running (a second launch opens its project here).
 */
import { app, BrowserWindow, crashReporter, ipcMain, powerMonitor, session, shell } from 'electron';
import { createServices, registerHandlers, releaseProjectLocksNow, workerRunner } from '../../core';
import { appLayout } from './app-layout';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { hardenApp, userDataOverride } from './app-hardening';
import { ChosenPaths, rememberingDialogs } from './chosen-paths';
import { keepCrashReportsLocal } from './crash-reports';
import { DesktopApp } from './desktop-app';
import { callingWindowId, runForWindow } from './dialog-parent';
import { createElectronDialogs } from './dialogs';
import { createElectronRouter } from './electron-router';
import { OpenProjectRequests, projectPathFromArgv } from './open-project-requests';
import { guardQuit } from './quit-guard';
import { electronPdfPrinter } from './pdf-printer';
import { hardenSession, hardenWebContents } from './security';
import { WindowRegistry } from './window-registry';

const layout = appLayout(app.getAppPath());
/** `electron .` in development passes the app path before any project; a packaged app does not. */
const APP_PATH_FIRST = process.defaultApp === true;

registerAppScheme();
hardenApp(app);
const userDataDirOverride = userDataOverride(process.env, app.isPackaged);
// Tests (and developers who want a separate profile) point an unpackaged app at its own settings.
if (userDataDirOverride) app.setPath('userData', userDataDirOverride);
// After userData is settled (crash dumps go beside it); uploads stay off.
keepCrashReportsLocal(crashReporter);
if (process.platform === 'win32') app.setAppUserModelId('org.factdesk.app');

const requests = new OpenProjectRequests();
let desktop: DesktopApp | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another Factdesk is running; it received our command line in `second-instance`.
  app.quit();
} else {
  const initial = projectPathFromArgv(process.argv, { cwd: process.cwd(), appPathFirst: APP_PATH_FIRST });
  if (initial) requests.request(initial);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const dir = projectPathFromArgv(argv, { cwd: workingDirectory, appPathFirst: APP_PATH_FIRST });
    if (dir) requests.request(dir);
    else desktop?.focusOrOpen();
  });
  // macOS: a `NAME.factdesk` package opened from Finder or the Dock (may come before `ready`).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    requests.request(file);
  });
  // Every web contents, ours or not, gets the navigation, window-open and <webview> guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[factdesk] Factdesk could not start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, { allowDevtools: !app.isPackaged });
  serveAppProtocol(layout.rendererDir);
  app.setAboutPanelOptions({
    applicationName: 'Factdesk',
    applicationVersion: app.getVersion(),
    credits: 'An offline fact-checking workbench.',
  });

  const registry = new WindowRegistry<BrowserWindow>();
  // Paths from a renderer are trusted only when one of these dialogs returned them.
  const chosenPaths = new ChosenPaths();
  const dialogs = rememberingDialogs(
    createElectronDialogs(() => {
      const focused = BrowserWindow.getFocusedWindow();
      return (
        registry.get(callingWindowId())?.window ??
        registry.find((window) => window === focused)?.window ??
        null
      );
    }),
    chosenPaths,
  );
  const userDataDir = app.getPath('userData');
  const services = await createServices({
    userDataDir,
    mode: 'desktop',
    version: app.getVersion(),
    dialogs,
    pdfPrinter: electronPdfPrinter(),
    licensesFile: layout.licensesFile,
    // Claim finding runs off the main process's thread.
    extraction: workerRunner(layout.extractWorker),
  });
  const router = createElectronRouter({
    ipcMain,
    sessionFor: (id) => registry.sessionFor(id),
    runForWindow,
    onReply: (channel, envelope) => desktop?.noteReply(channel, envelope),
    refuse: (channel, rawArgs) => chosenPaths.refusal(channel, rawArgs),
  });
  registerHandlers(router, services);

  const desktopApp = new DesktopApp({
    services,
    dialogs,
    router,
    registry,
    preload: layout.preload,
    userDataDir,
  });
  desktop = desktopApp;
  guardQuit(app, powerMonitor, {
    shutdown: () => desktopApp.shutdown(),
    flush: () => services.flush(),
    releaseLocksNow: releaseProjectLocksNow,
  });
  await desktopApp.restoreWindowState();
  await desktopApp.refreshMenu();

  const waiting = requests.start((dir) => desktopApp.openProjectAt(dir));
  if (waiting === 0) await desktopApp.openWindow();
  await desktopApp.refreshMenu();
  app.on('activate', () => {
    if (registry.size === 0) desktopApp.focusOrOpen();
  });
}
