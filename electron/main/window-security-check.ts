import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Run in the page by `executeJavaScript` (the page's main world, where the app's own scripts run):
 * which Node globals it can see, whether the preload's bridge is there, and whether the page's CSP
 * refuses an inline script (it allows scripts from the app's origin only). Code run this way is
 * not held to the CSP's eval rule (Chromium exempts it under Playwright too), so the probe adds a
 * script element, as injected markup would.
 */
export const PAGE_PROBE = `(() => {
  const nodeGlobals = ['require', 'process', 'module', 'Buffer', 'global'].filter(
    (name) => typeof globalThis[name] !== 'undefined',
  );
  const marker = '__factdeskSelfTest' + Math.random().toString(36).slice(2);
  const script = document.createElement('script');
  script.textContent = 'window["' + marker + '"] = true;';
  document.head.append(script);
  script.remove();
  const inlineScriptRefused = window[marker] !== true;
  delete window[marker];
  return { nodeGlobals, bridge: typeof window.factdesk?.invoke, inlineScriptRefused };
})()`;

/** What the probe answers. */
export interface PageProbe {
  readonly nodeGlobals: readonly string[];
  readonly bridge: string;
  readonly inlineScriptRefused: boolean;
}

/** What the check needs of Electron, for the one window it checks. */
export interface SecurityCheckHost {
  /** `webContents.executeJavaScript` of the window. */
  readonly evaluate: (code: string) => Promise<unknown>;
  /** Fetches a URL as the window's session serves it (`session.fetch`). */
  readonly fetch: (url: string) => Promise<Response>;
  /** The URL the window loaded. */
  readonly url: string;
  /** `webContents.getOSProcessId()`: the renderer's process. */
  readonly rendererPid: number;
  /** Whether the OS sandboxes that process as `app.getAppMetrics()` says (macOS and Windows), or undefined. */
  readonly sandboxedByOs: (pid: number) => boolean | undefined;
  readonly platform: NodeJS.Platform;
  /** Reads `/proc/PID/status` on Linux. */
  readonly readProcStatus?: (pid: number) => Promise<string>;
}

/**
 * Checks, in the running app, what the window's preferences and the protocol promise: the page is
 * served with the app's CSP header and enforces it (an inline script does not run); its scripts see no
 * Node; the preload's bridge exists, which `contextBridge` allows only with context isolation on;
 * the renderer process is sandboxed by the OS (macOS and Windows say so in the app metrics; on
 * Linux, Chromium's sandbox puts the renderer under a seccomp filter, `Seccomp: 2`). Returns the
 * problems found, each one sentence; none when all holds.
 */
export async function checkWindowSecurity(host: SecurityCheckHost): Promise<string[]> {
  const problems: string[] = [];
  const served = (await host.fetch(host.url)).headers.get('content-security-policy');
  if (served !== CONTENT_SECURITY_POLICY) {
    problems.push(`${host.url} is served with the CSP "${served ?? 'none'}" instead of the app's.`);
  }
  const probe = (await host.evaluate(PAGE_PROBE)) as Partial<PageProbe> | null;
  if (!probe?.inlineScriptRefused) problems.push('The page ran an inline script: its CSP is not enforced.');
  if (!probe || (probe.nodeGlobals?.length ?? 1) > 0) {
    problems.push(`The page's scripts can reach Node (${probe?.nodeGlobals?.join(', ') ?? 'unknown'}).`);
  }
  if (probe?.bridge !== 'function') {
    problems.push("The preload's bridge is missing: context isolation is off or the preload failed.");
  }
  const sandboxed = await rendererSandboxed(host);
  if (sandboxed !== true) {
    problems.push(
      sandboxed === false
        ? `The renderer process ${host.rendererPid} is not sandboxed.`
        : `Whether the renderer process ${host.rendererPid} is sandboxed could not be told.`,
    );
  }
  return problems;
}

async function rendererSandboxed(host: SecurityCheckHost): Promise<boolean | undefined> {
  const told = host.sandboxedByOs(host.rendererPid);
  if (told !== undefined || host.platform !== 'linux') return told;
  const read = host.readProcStatus ?? ((pid: number) => readFile(`/proc/${pid}/status`, 'utf8'));
  const status = await read(host.rendererPid).catch(() => null);
  const seccomp = status?.match(/^Seccomp:\s*(\d)/m)?.[1];
  return seccomp === undefined ? undefined : seccomp === '2';
}
