import { describe, expect, it, afterEach } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servicesWithRouter } from '../test-support/map-router';
import { tempDir } from '../test-support/temp-dir';
import { startWorkbenchServer, type WorkbenchServer } from './workbench-server';

let running: WorkbenchServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start() {
  const { services, session } = await servicesWithRouter();
  const rendererDir = await tempDir('renderer-');
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>');
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {};');
  await writeFile(join(rendererDir, 'assets', 'app.js.map'), '{"version":3}');
  await writeFile(join(await tempDir(), 'secret.txt'), 'secret');
  running = await startWorkbenchServer({ services, session, rendererDir, port: 0 });
  const base = running.url.replace(/#.*$/, '');
  return { base, token: running.token, rendererDir };
}

describe('web workbench server', () => {
  it('listens on 127.0.0.1 and serves the renderer with a strict CSP', async () => {
    const { base } = await start();
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe');
    expect((await fetch(`${base}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}assets/%2e%2e/%2e%2e/secret.txt`)).status).toBe(404);
  });

  it('serves the renderer as read at start, its source maps and files added later from disk', async () => {
    const { base, rendererDir } = await start();
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'export const changed = true;');
    await writeFile(join(rendererDir, 'assets', 'app.js.map'), '{"version":3,"sources":[]}');
    await writeFile(join(rendererDir, 'assets', 'late.js'), 'export {};');
    const code = await fetch(`${base}assets/app.js`);
    expect(code.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await code.text()).toBe('export {};');
    expect(await (await fetch(`${base}assets/app.js.map`)).text()).toBe('{"version":3,"sources":[]}');
    expect(await (await fetch(`${base}assets/late.js`)).text()).toBe('export {};');
    expect((await fetch(`${base}assets/missing.js`)).status).toBe(404);
  });

  it('answers API calls only with the run secret, as JSON, from its own origin', async () => {
    const { base, token } = await start();
    const call = (headers: Record<string, string>, body = '{}') =>
      fetch(`${base}api/invoke/app:info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'x-factdesk-token': 'wrong' })).status).toBe(401);
    expect((await call({ 'x-factdesk-token': token, origin: 'http://evil.example' })).status).toBe(403);
    const ok = await call({ 'x-factdesk-token': token });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, value: { mode: 'web', version: '0.0.0-test' } });
    const unknown = await fetch(`${base}api/invoke/fs:delete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
      body: '{}',
    });
    expect(unknown.status).toBe(404);
    const bad = await call({ 'x-factdesk-token': token }, '{not json');
    expect(await bad.json()).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'That request was not valid JSON.' },
    });
  });

  it('refuses a rebound host name', async () => {
    const { base, token } = await start();
    const port = new URL(base).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/invoke/app:info',
          method: 'POST',
          headers: {
            host: `attacker.example:${port}`,
            'x-factdesk-token': token,
            'content-type': 'application/json',
          },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(403);
  });
});
