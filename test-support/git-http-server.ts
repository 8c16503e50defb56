import { spawn, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A git server for tests: bare repositories under `root`, served over smart HTTP on 127.0.0.1 by
 * Debian git's `git http-backend` (CGI) behind Node's http module, with HTTP basic auth (any user
 * name, the password must be `token`). `faults.cutPushAfter` drops the connection of the next push
 * after that many bytes of its request, as a server that goes away mid-push; `holdNextFetch` keeps
 * the next fetch waiting until released, so a test can act while a sync is under way.
 */
export interface GitTestServer {
  readonly root: string;
  /** The URL of repository `name` (created bare, empty, with `main` as its default branch). */
  createRepo(name: string): string;
  url(name: string): string;
  readonly faults: { cutPushAfter?: number };
  /** Pushes received (completed or not). */
  readonly pushes: number;
  /**
   * Holds the next fetch (its upload-pack request) until `release` is called; `held` resolves once
   * that request has arrived, so the sync that sent it is waiting on the server.
   */
  holdNextFetch(): { held: Promise<void>; release: () => void };
  close(): Promise<void>;
}

export async function startGitServer(root: string, token: string): Promise<GitTestServer> {
  let pushes = 0;
  const faults: { cutPushAfter?: number } = {};
  let hold: { arrived: () => void; released: Promise<void> } | null = null;
  const server: Server = createServer((req, res) => {
    if (!authorized(req, token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="factdesk-test"' }).end('Unauthorized');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pushing = url.pathname.endsWith('/git-receive-pack');
    if (pushing) pushes++;
    const cut = pushing ? faults.cutPushAfter : undefined;
    if (cut !== undefined) delete faults.cutPushAfter;
    const held = url.pathname.endsWith('/git-upload-pack') ? hold : null;
    if (!held) {
      serveCgi(req, res, root, url, cut);
      return;
    }
    hold = null;
    held.arrived();
    // The request body waits unread in its stream until the CGI is started.
    void held.released.then(() => serveCgi(req, res, root, url, cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = (name: string) => `http://127.0.0.1:${port}/${name}.git`;
  return {
    root,
    faults,
    get pushes() {
      return pushes;
    },
    url,
    holdNextFetch() {
      let arrived!: () => void;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      hold = { arrived, released };
      return { held, release };
    },
    createRepo(name) {
      execFileSync('git', ['init', '--quiet', '--bare', '-b', 'main', join(root, `${name}.git`)]);
      return url(name);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

function serveCgi(req: IncomingMessage, res: ServerResponse, root: string, url: URL, cutAfter?: number) {
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      REMOTE_USER: 'tester',
      REMOTE_ADDR: '127.0.0.1',
    },
  });
  let received = 0;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (cutAfter !== undefined && received > cutAfter) {
      child.kill('SIGKILL');
      req.socket.destroy();
      return;
    }
    child.stdin.write(chunk);
  });
  req.on('end', () => child.stdin.end());
  child.stdin.on('error', () => undefined);
  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    headersSent = true;
    res.write(head.subarray(end + 4));
  });
  child.on('close', () => {
    if (!headersSent && !res.headersSent) res.writeHead(500);
    res.end();
  });
}
