import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, session as electronSession } from 'electron';
import { noDialogs, type Dialogs } from '../../core';
import type { AppLayout } from './app-layout';
import { APP_ENTRY_URL } from './app-origin';
import { createAppWindow } from './create-window';
import { runProjectSteps, SelfTestFailure, type SelfTestCall } from './self-test-project';
import { startShellServices } from './shell-services';
import { checkWindowSecurity } from './window-security-check';
import { DEFAULT_WINDOW_STATE } from './window-state';

/** The switch that runs the self-test instead of the app. */
export const SELF_TEST_SWITCH = '--self-test';
/** How long the whole self-test may take. */
export const SELF_TEST_TIMEOUT_MS = 120_000;

/** What the self-test prints, and the process's exit code. */
export interface SelfTestOutcome {
  readonly code: number;
  readonly message: string;
}

/** Whether the command line asks for the self-test. */
export function wantsSelfTest(argv: readonly string[]): boolean {
  return argv.includes(SELF_TEST_SWITCH);
}

/**
 * Proves the built app works, in `userDataDir` (a throw-away folder holding its settings, its
 * project and its reports, so nothing of the person's is read or written):
 * 1. a hidden app window loads the renderer from the app protocol, and the renderer itself asks
 *    for the app's info through the preload and the real IPC router;
 * 2. in that window's session a new project gets the sample draft (read by the draft reader, its
 *    claims found by the extraction worker), a claim marked verified, and HTML and PDF reports
 *    saved and read back (self-test-project.ts);
 * 3. the window's security holds as the running app sees it (window-security-check.ts).
 * Never throws: a failure is its outcome, with one sentence.
 */
export async function runSelfTest(options: {
  readonly layout: AppLayout;
  readonly userDataDir: string;
  readonly timeoutMs?: number;
}): Promise<SelfTestOutcome> {
  let window: BrowserWindow | null = null;
  let close: () => Promise<void> = async () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const workDir = path.join(options.userDataDir, 'self-test');
  const timeoutMs = options.timeoutMs ?? SELF_TEST_TIMEOUT_MS;
  try {
    // Settles only by failing: the time is up, or the window reported a failure.
    let fail!: (sentence: string) => void;
    const stopped = new Promise<never>((_resolve, reject) => {
      fail = (sentence) => reject(new SelfTestFailure(sentence));
    });
    stopped.catch(() => undefined);
    timer = setTimeout(() => fail(`It did not finish within ${Math.round(timeoutMs / 1000)} s.`), timeoutMs);
    const race = <T>(work: Promise<T>): Promise<T> => Promise.race([work, stopped]);

    let rendererCalled!: () => void;
    const rendererReady = new Promise<void>((resolve) => (rendererCalled = resolve));
    let windowId = -1;
    const dialogs: Dialogs = {
      ...noDialogs,
      chooseReportPath: async (fileName) => path.join(workDir, fileName),
    };
    const { services, router, registry } = await race(
      startShellServices({
        layout: options.layout,
        userDataDir: options.userDataDir,
        dialogs: () => dialogs,
        onReply: (reply, id) => {
          if (reply.channel === 'app:info' && id === windowId && reply.envelope.ok) rendererCalled();
        },
      }),
    );
    close = () => services.close();
    // A build without its renderer would leave the window blank until the time is up.
    const page = await race(electronSession.defaultSession.fetch(APP_ENTRY_URL));
    if (!page.ok) throw new SelfTestFailure(`This build does not serve ${APP_ENTRY_URL} (${page.status}).`);

    const opened = createAppWindow({
      preload: options.layout.preload,
      devTools: false,
      state: DEFAULT_WINDOW_STATE,
      hidden: true,
    });
    window = opened;
    windowId = opened.webContents.id;
    const contents = opened.webContents;
    contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
      if (isMainFrame) fail(`The window could not load ${url}: ${description} (${code}).`);
    });
    contents.on('render-process-gone', (_event, details) =>
      fail(`The renderer stopped (${details.reason}).`),
    );
    contents.on('preload-error', (_event, preload, error) =>
      fail(`The preload ${preload} failed: ${error.message}`),
    );
    const session = registry.add(windowId, opened, services.createSession()).session;

    await race(opened.loadURL(APP_ENTRY_URL));
    await race(rendererReady);

    const call: SelfTestCall = async (channel, args) => {
      const reply = await race(router.dispatch(channel, args, session));
      if (!reply.ok) throw new SelfTestFailure(`${channel} failed: ${reply.error.message}`);
      return reply.value;
    };
    const steps = await runProjectSteps(call, workDir);

    const problems = await race(
      checkWindowSecurity({
        evaluate: (code) => contents.executeJavaScript(code),
        fetch: (url) => electronSession.defaultSession.fetch(url),
        url: APP_ENTRY_URL,
        rendererPid: contents.getOSProcessId(),
        sandboxedByOs: (pid) => app.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed,
        platform: process.platform,
      }),
    );
    if (problems.length > 0) throw new SelfTestFailure(problems.join(' '));

    return {
      code: 0,
      message:
        `Self-test passed: Factdesk ${app.getVersion()} loaded its renderer in a hidden window (which called main through the preload), ` +
        `imported a draft (${steps.claims} claims found in the worker), marked a claim verified, saved HTML and PDF reports, ` +
        `and its window enforces the CSP, has no Node, is context-isolated and runs in a sandboxed process.`,
    };
  } catch (error) {
    // A person's sentence (UserError, SelfTestFailure) or the unexpected error itself: CI reads it.
    const sentence = error instanceof Error ? error.message : String(error);
    return { code: 1, message: `Self-test failed: ${sentence}` };
  } finally {
    clearTimeout(timer);
    if (window && !window.isDestroyed()) window.destroy();
    await close().catch(() => undefined);
  }
}

/** A throw-away settings folder for the self-test (Chromium writes its profile there too). */
export function selfTestUserData(): string {
  return mkdtempSync(path.join(tmpdir(), 'factdesk-self-test-'));
}

/**
 * main.ts's branch for `--self-test`: once Electron is ready, runs the self-test, prints its one
 * line (stdout when it passed, stderr when not), removes the throw-away folder as far as it can
 * (Windows may keep files Chromium still holds), and exits 0 when it passed, 1 when not.
 */
export function startSelfTest(layout: AppLayout, userDataDir: string): void {
  void app.whenReady().then(async () => {
    const { code, message } = await runSelfTest({ layout, userDataDir });
    (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Chromium still holds a file: the folder stays in the temporary directory.
    }
    app.exit(code);
  });
}
