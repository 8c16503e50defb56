import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, contentTypeFor, resolveAppAsset } from './app-assets';
import { CONTENT_SECURITY_POLICY } from './csp';

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-assets-'));
  rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('resolveAppAsset', () => {
  it('maps app URLs into the renderer folder; / is index.html', () => {
    expect(resolveAppAsset('app://factdesk/', rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppAsset('app://factdesk/assets/index.js?v=1', rendererDir)).toBe(
      path.join(rendererDir, 'assets', 'index.js'),
    );
  });

  it.each([
    'app://factdesk/../secret.txt',
    'app://factdesk/%2e%2e/secret.txt',
    'app://factdesk/assets/%2e%2e/%2e%2e/secret.txt',
  ])('keeps %s inside the renderer folder (URL parsing removes the dot segments)', (url) => {
    expect(resolveAppAsset(url, rendererDir)).toBe(path.join(rendererDir, 'secret.txt'));
  });

  it.each([
    'app://factdesk/..%2fsecret.txt',
    'app://factdesk/assets/..%2f..%2fsecret.txt',
    'app://factdesk/..%5csecret.txt',
    'app://factdesk/index.html%00.js',
    'app://factdesk/%E0%A4%A',
    'app://other/index.html',
    'https://factdesk/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, rendererDir)).toBeNull();
  });
});

describe('the app protocol handler', () => {
  const handler = () => createAppRequestHandler(rendererDir);

  it('serves index.html with the CSP header and no sniffing', async () => {
    const response = await handler()(new Request('app://factdesk/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Factdesk</title>');
  });

  it('serves scripts as JavaScript (module scripts need it)', async () => {
    const response = await handler()(new Request('app://factdesk/assets/index.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file, a folder and anything outside the renderer', async () => {
    for (const url of [
      'app://factdesk/missing.js',
      'app://factdesk/assets',
      'app://factdesk/%2e%2e/secret.txt',
    ]) {
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await handler()(new Request('app://factdesk/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('knows the types the renderer uses', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
