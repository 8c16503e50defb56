import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, session as electronSession } from 'electron';
import { noDialogs } from '../../core';
import { codeOf, isUserError, type ErrorCode } from '../../shared/errors';
import type { Envelope } from '../../shared/ipc';
import type { ClaimsPage } from '../../shared/ipc/claim-list-row';
import type { AppLayout } from './app-layout';
import { APP_ENTRY_URL } from './app-origin';
import { createAppWindow } from './create-window';
import type { SelfTestRequest } from './self-test-command';
import { startShellServices } from './shell-services';
import { checkWindowSecurity } from './window-security-check';
import { DEFAULT_WINDOW_STATE } from './window-state';

/** How long the whole self-test may take. */
export const SELF_TEST_TIMEOUT_MS = 120_000;

/** The self-test's exit codes: passed, failed, called without a project folder. */
export const SELF_TEST_EXIT = { passed: 0, failed: 1, usage: 2 } as const;

/** What the self-test prints (one line), and the process's exit code. */
export interface SelfTestOutcome {
  readonly code: number;
  readonly line: string;
}

/** A failure the self-test reports as its one sentence, with the code of shared/errors.ts. */
class SelfTestFailure extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
  }
}

function failed(code: ErrorCode, sentence: string): SelfTestOutcome {
  return { code: SELF_TEST_EXIT.failed, line: `self-test [${code}]: ${sentence}` };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Proves the built app works on the project folder `projectDir` without changing anything:
 * 1. main opens the project read-only in a window's session (no lock, no backup, no snapshot, no
 *    recent-projects entry; a missing folder, a folder without project.json, a damaged or newer
 *    file is refused here with its code and sentence);
 * 2. a hidden window loads the renderer from the app protocol; the renderer starts on that project
 *    as on any launch and asks for the first page of its claims with `claims:page` through the preload
 *    and the real IPC router, and the self-test waits for that reply;
 * 3. the window's security holds as the running app sees it (window-security-check.ts).
 * The app's settings and Chromium's profile live in `userDataDir`, a throw-away folder (main.ts).
 * Never throws: a failure is its outcome, with one sentence.
 */
export async function runSelfTest(options: {
  readonly layout: AppLayout;
  readonly userDataDir: string;
  readonly projectDir: string;
  readonly timeoutMs?: number;
}): Promise<SelfTestOutcome> {
  let window: BrowserWindow | null = null;
  let close: () => Promise<void> = async () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeoutMs = options.timeoutMs ?? SELF_TEST_TIMEOUT_MS;
  try {
    // Settles only by failing: the time is up, or the window reported a failure.
    let fail!: (sentence: string) => void;
    const stopped = new Promise<never>((_resolve, reject) => {
      fail = (sentence) => reject(new SelfTestFailure(sentence, 'unavailable'));
    });
    stopped.catch(() => undefined);
    timer = setTimeout(
      () => fail(`The renderer did not list the project's claims within ${Math.round(timeoutMs / 1000)} s.`),
      timeoutMs,
    );
    const race = <T>(work: Promise<T>): Promise<T> => Promise.race([work, stopped]);

    let windowId = -1;
    let listed!: (envelope: Envelope<ClaimsPage>) => void;
    const claimsListed = new Promise<Envelope<ClaimsPage>>((resolve) => (listed = resolve));
    const { services, registry } = await race(
      startShellServices({
        layout: options.layout,
        userDataDir: options.userDataDir,
        dialogs: () => noDialogs,
        onReply: (reply, id) => {
          // The list's first page (a refusal ends the wait too: it says why the list is missing).
          if (reply.channel !== 'claims:page' || id !== windowId) return;
          if (!reply.envelope.ok || reply.envelope.value.offset === 0) listed(reply.envelope);
        },
      }),
    );
    close = () => services.close();

    const session = services.createSession();
    const project = await race(session.openProjectReadOnly(options.projectDir));

    // A build without its renderer would leave the window blank until the time is up.
    const page = await race(electronSession.defaultSession.fetch(APP_ENTRY_URL));
    if (!page.ok) {
      throw new SelfTestFailure(
        `This build does not serve ${APP_ENTRY_URL} (${page.status}).`,
        'unavailable',
      );
    }
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
    registry.add(windowId, opened, session);

    await race(opened.loadURL(APP_ENTRY_URL));
    const reply = await race(claimsListed);
    if (!reply.ok)
      throw new SelfTestFailure(`Listing the claims failed: ${reply.error.message}`, reply.error.code);
    const { total, rows } = reply.value;
    if (total !== project.claimCount) {
      throw new SelfTestFailure(
        `The renderer listed ${count(total, 'claim')}, but the project holds ${project.claimCount}.`,
        'internal',
      );
    }
    if (total > 0 && rows.length === 0) {
      throw new SelfTestFailure('The first page of the claims list came back empty.', 'internal');
    }

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
    if (problems.length > 0) throw new SelfTestFailure(problems.join(' '), 'unavailable');

    return {
      code: SELF_TEST_EXIT.passed,
      line: `self-test: opened ${project.dir}, ${count(project.documents.length, 'draft')}, ${count(total, 'claim')}`,
    };
  } catch (error) {
    if (error instanceof SelfTestFailure) return failed(error.code, error.message);
    if (isUserError(error)) return failed(codeOf(error), error.message);
    // Something unexpected: CI reads its own message rather than a generic sentence.
    return failed('internal', error instanceof Error ? error.message : String(error));
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
 * main.ts's branch for `--self-test`: once Electron is ready, runs the self-test on the folder the
 * command line named (or reports the usage mistake), prints its one line (stdout when it passed,
 * stderr when not), removes the throw-away folder as far as it can (Windows may keep files
 * Chromium still holds), and exits 0, 1 or 2 (`SELF_TEST_EXIT`).
 */
export function startSelfTest(
  layout: AppLayout,
  userDataDir: string,
  request: SelfTestRequest,
  timeoutMs = SELF_TEST_TIMEOUT_MS,
): void {
  void app.whenReady().then(async () => {
    const { code, line }: SelfTestOutcome =
      request.kind === 'usage'
        ? { code: SELF_TEST_EXIT.usage, line: `self-test [usage]: ${request.message}` }
        : await runSelfTest({ layout, userDataDir, projectDir: request.dir, timeoutMs });
    (code === SELF_TEST_EXIT.passed ? process.stdout : process.stderr).write(`${line}\n`);
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Chromium still holds a file: the folder stays in the temporary directory.
    }
    app.exit(code);
  });
}
