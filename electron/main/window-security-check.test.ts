import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium as playwright, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium, skipWithoutChromium, titleNeedingChromium } from '../../test-support/chromium';
import { CONTENT_SECURITY_POLICY } from './csp';
import { checkWindowSecurity, PAGE_PROBE, type SecurityCheckHost } from './window-security-check';

/** A window as the running app would describe it, every promise kept; `changes` break one. */
function host(changes: Partial<SecurityCheckHost> = {}): SecurityCheckHost {
  return {
    url: 'app://factdesk/index.html',
    fetch: async () =>
      new Response('<!doctype html>', { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } }),
    evaluate: async () => ({ nodeGlobals: [], bridge: 'function', inlineScriptRefused: true }),
    rendererPid: 4242,
    sandboxedByOs: () => undefined,
    platform: 'linux',
    readProcStatus: async (pid) => `Name:\tfactdesk\nPid:\t${pid}\nSeccomp:\t2\nSeccomp_filters:\t1\n`,
    ...changes,
  };
}

describe('checking a window as the running app sees it', () => {
  it('finds nothing wrong when the page has the CSP, no Node, the bridge and a seccomp-filtered renderer', async () => {
    await expect(checkWindowSecurity(host())).resolves.toEqual([]);
    await expect(
      checkWindowSecurity(host({ platform: 'darwin', sandboxedByOs: () => true })),
    ).resolves.toEqual([]);
  });

  it('names each promise broken, one sentence each', async () => {
    const problems = await checkWindowSecurity(
      host({
        fetch: async () => new Response('', { headers: { 'Content-Security-Policy': "default-src 'self'" } }),
        evaluate: async () => ({
          nodeGlobals: ['require', 'process'],
          bridge: 'undefined',
          inlineScriptRefused: false,
        }),
        readProcStatus: async () => 'Name:\tfactdesk\nSeccomp:\t0\n',
      }),
    );
    expect(problems).toEqual([
      `app://factdesk/index.html is served with the CSP "default-src 'self'" instead of the app's.`,
      'The page ran an inline script: its CSP is not enforced.',
      "The page's scripts can reach Node (require, process).",
      "The preload's bridge is missing: context isolation is off or the preload failed.",
      'The renderer process 4242 is not sandboxed.',
    ]);
  });

  it('fails when it cannot tell: no CSP header, no answer from the page, no sandbox facts', async () => {
    const problems = await checkWindowSecurity(
      host({
        fetch: async () => new Response(''),
        evaluate: async () => null,
        readProcStatus: async () => {
          throw new Error('ENOENT');
        },
      }),
    );
    expect(problems).toEqual([
      `app://factdesk/index.html is served with the CSP "none" instead of the app's.`,
      'The page ran an inline script: its CSP is not enforced.',
      "The page's scripts can reach Node (unknown).",
      "The preload's bridge is missing: context isolation is off or the preload failed.",
      'Whether the renderer process 4242 is sandboxed could not be told.',
    ]);
    const windows = await checkWindowSecurity(host({ platform: 'win32', sandboxedByOs: () => false }));
    expect(windows).toEqual(['The renderer process 4242 is not sandboxed.']);
    const unknown = await checkWindowSecurity(host({ platform: 'darwin' }));
    expect(unknown).toEqual(['Whether the renderer process 4242 is sandboxed could not be told.']);
  });
});

// The probe itself, run by a real Chromium in a page served with and without the app's CSP.
describe.skipIf(skipWithoutChromium)(titleNeedingChromium('the page probe in Chromium'), () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
      if (request.url === '/with-csp') headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      response.writeHead(200, headers).end('<!doctype html><title>probe</title><p>page</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await playwright.launch({ executablePath: requireChromium(), args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sees an inline script refused under the CSP and allowed without it; no Node globals, no bridge in a plain page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/with-csp`);
    expect(await page.evaluate(PAGE_PROBE)).toEqual({
      nodeGlobals: [],
      bridge: 'undefined',
      inlineScriptRefused: true,
    });
    await page.goto(`${origin}/without-csp`);
    expect(await page.evaluate(PAGE_PROBE)).toEqual({
      nodeGlobals: [],
      bridge: 'undefined',
      inlineScriptRefused: false,
    });
    await page.close();
  }, 60_000);
});
