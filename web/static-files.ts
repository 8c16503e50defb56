import { readFile, readdir, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The same strict policy the desktop app uses: nothing but the app's own files, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** The built renderer's files by path, read once. */
export type RendererFiles = ReadonlyMap<string, Buffer>;

/**
 * Reads the built renderer's files (not its source maps, which only developer tools ask for) when the
 * server starts. Served from memory, a file is written out as soon as its request is read: the page's
 * code no longer waits behind the first API answers, which hold the event loop while they are built
 * (at 100,000 claims, hundreds of milliseconds on a busy machine).
 */
export async function readRendererFiles(root: string): Promise<RendererFiles> {
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  const files = new Map<string, Buffer>();
  for (const name of names) {
    if (name.endsWith('.map')) continue;
    const path = join(root, name);
    if ((await stat(path)).isFile()) files.set(path, await readFile(path));
  }
  return files;
}

/**
 * Serves a file of the built renderer, from `kept` when it was read at start, else from disk; paths
 * that leave its folder are not found.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
  kept: RendererFiles = new Map(),
): Promise<void> {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
  const path = normalize(join(root, relative));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep) || relative.includes('\0')) {
    return notFound(response);
  }
  let body = kept.get(path);
  if (!body) {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return notFound(response);
    body = await readFile(path);
  }
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream',
  });
  response.end(body);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
