import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isChannel, type Channel, type Envelope } from '../shared/ipc';
import { registerHandlers, type Services, type WorkbenchSession } from '../core';
import { refusal } from '../shared/ipc/envelope';
import { writeEnvelope } from './json-reply';
import { readRendererFiles, securityHeaders, serveStatic } from './static-files';

/** The largest request body: a 100 MB draft's text plus its JSON envelope. */
const MAX_BODY_BYTES = 110 * 1024 * 1024;

type RawHandler = (rawArgs: unknown, session: WorkbenchSession) => Promise<Envelope<unknown>>;

/** A running web workbench. */
export interface WorkbenchServer {
  readonly url: string;
  readonly token: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the real services on 127.0.0.1 only. Every API call must carry the
 * per-run secret (given to the page in the URL fragment, which browsers never send to servers) and
 * come with this server's own Host and Origin, so other local pages and rebound DNS names cannot call it.
 */
export async function startWorkbenchServer(options: {
  services: Services;
  session: WorkbenchSession;
  rendererDir: string;
  port: number;
}): Promise<WorkbenchServer> {
  const token = randomBytes(24).toString('base64url');
  const rendererFiles = await readRendererFiles(options.rendererDir);
  const handlers = new Map<Channel, RawHandler>();
  registerHandlers({ handle: (channel, handler) => handlers.set(channel, handler) }, options.services);

  let origin = '';
  const server = createServer((request, response) => {
    route(request, response).catch(() =>
      reply(response, 500, refusal('internal', 'The workbench failed to answer.')),
    );
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (!isOwnHost(host, origin)) return reply(response, 403, refusal('transport', 'Unknown host.'));
    const path = request.url ?? '/';
    if (!path.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return reply(response, 405, refusal('transport', 'Method not allowed.'));
      return serveStatic(options.rendererDir, path, response, rendererFiles);
    }
    if (request.method !== 'POST') return reply(response, 405, refusal('transport', 'Method not allowed.'));
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && !isOwnHost(requestOrigin.replace(/^http:\/\//, ''), origin)) {
      return reply(response, 403, refusal('transport', 'Requests from other sites are refused.'));
    }
    if (!tokenMatches(request.headers['x-factdesk-token'], token)) {
      return reply(
        response,
        401,
        refusal('transport', 'This workbench link is out of date; open the address the server printed.'),
      );
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return reply(response, 415, refusal('transport', 'Requests must be JSON.'));
    }
    const channel = decodeURIComponent(path.slice('/api/invoke/'.length));
    const handler = path.startsWith('/api/invoke/') && isChannel(channel) ? handlers.get(channel) : undefined;
    if (!handler)
      return reply(response, 404, refusal('invalid-request', `Factdesk has no request named ${channel}.`));
    const body = await readBody(request);
    if (body === null) return reply(response, 413, refusal('too-large', 'That request is too large.'));
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return reply(response, 400, refusal('invalid-request', 'That request was not valid JSON.'));
    }
    const envelope = await handler(args, options.session);
    if (response.headersSent) return;
    response.writeHead(200, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
    await writeEnvelope(response, envelope);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isOwnHost(host: string, origin: string): boolean {
  const port = origin.split(':')[1];
  return host === origin || host === `localhost:${port}`;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.destroy();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  if (response.headersSent) return;
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(envelope));
}
