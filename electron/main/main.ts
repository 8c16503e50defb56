/**
 * The Electron main process: a thin shell over the services. It serves the built renderer on
 * `app://factdesk/`, locks down every session and web contents, routes the IPC contract to the
 * services per window, and keeps one instance running (a second launch opens its project here).
 * With `--self-test DIR` it only proves that it works on that project, read-only, with its own
 * settings in a throw-away folder (self-test.ts).
 */
import { app, BrowserWindow, crashReporter, powerMonitor, shell } from 'electron';
import { releaseProjectLocksNow } from '../../core';
import { appLayout } from './app-layout';
import { registerAppScheme } from './app-protocol';
import { hardenApp, userDataOverride } from './app-hardening';
import { ChosenPaths, rememberingDialogs } from './chosen-paths';
import { keepCrashReportsLocal } from './crash-reports';
import { DesktopApp } from './desktop-app';
import { callingWindowId } from './dialog-parent';
import { createElectronDialogs } from './dialogs';
import { OpenProjectRequests, projectPathFromArgv } from './open-project-requests';
import { guardQuit } from './quit-guard';
import { hardenWebContents } from './security';
import { selfTestUserData, startSelfTest } from './self-test';
import { selfTestRequest } from './self-test-command';
import { startShellServices } from './shell-services';

const layout = appLayout(app.getAppPath());
/** `electron .` in development passes the app path before any project; a packaged app does not. */
const APP_PATH_FIRST = process.defaultApp === true;

registerAppScheme();
hardenApp(app);
const selfTest = selfTestRequest(process.argv, process.cwd());
// `--self-test` keeps everything (settings, Chromium's profile) in a throw-away folder, so nothing of
// the person's settings is read or written; tests (and
// developers who want a separate profile) point an unpackaged app at its own settings.
const userDataDirOverride = selfTest ? selfTestUserData() : userDataOverride(process.env, app.isPackaged);
if (userDataDirOverride) app.setPath('userData', userDataDirOverride);
// After userData is settled (crash dumps go beside it); uploads stay off.
keepCrashReportsLocal(crashReporter);
if (process.platform === 'win32') app.setAppUserModelId('org.factdesk.app');
// Every web contents, ours or not, gets the navigation, window-open and <webview> guards.
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url) });
});

const requests = new OpenProjectRequests();
let desktop: DesktopApp | null = null;

if (selfTest) {
  // Runs beside any Factdesk already open (no single-instance lock), on its own throw-away files.
  startSelfTest(layout, app.getPath('userData'), selfTest);
} else if (!app.requestSingleInstanceLock()) {
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
  app.setAboutPanelOptions({
    applicationName: 'Factdesk',
    applicationVersion: app.getVersion(),
    credits: 'An offline fact-checking workbench.',
  });
  // Paths from a renderer are trusted only when one of these dialogs returned them.
  const chosenPaths = new ChosenPaths();
  const userDataDir = app.getPath('userData');
  const { services, router, registry, dialogs } = await startShellServices({
    layout,
    userDataDir,
    dialogs: (registry) =>
      rememberingDialogs(
        createElectronDialogs(() => {
          const focused = BrowserWindow.getFocusedWindow();
          return (
            registry.get(callingWindowId())?.window ??
            registry.find((window) => window === focused)?.window ??
            null
          );
        }),
        chosenPaths,
      ),
    onReply: (reply) => desktop?.noteReply(reply),
    refuse: (channel, rawArgs) => chosenPaths.refusal(channel, rawArgs),
  });

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
