// `npm run web -- --project DIR --port PORT`: the real renderer and services in a browser, on 127.0.0.1.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../package.json';
import { createServices, noDialogs, workerRunner } from '../core';
import { errorReplyFor, messageFor } from '../shared/errors';
import { classifyOpenRefusal } from '../shared/ipc/open-refusals';
import type { WorkbenchSession } from '../core/session/workbench-session';
import { startWorkbenchServer } from './workbench-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      project: { type: 'string' },
      port: { type: 'string', default: '0' },
      'user-data': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const userDataDir =
    values['user-data'] ?? process.env.FACTDESK_USER_DATA ?? join(homedir(), '.factdesk-web');
  const services = await createServices({
    userDataDir,
    mode: 'web',
    version: packageJson.version,
    dialogs: noDialogs,
    extraction: workerRunner(new URL('../workers/extract-worker.mjs', import.meta.url)),
    licensesFile: fileURLToPath(new URL('../licenses.json', import.meta.url)),
  });
  const session = services.createSession();
  if (values.project) await openOrHandOver(session, values.project);

  const here = dirname(fileURLToPath(import.meta.url));
  const server = await startWorkbenchServer({
    services,
    session,
    rendererDir: join(here, '..', 'renderer'),
    port,
  });
  process.stdout.write(`${server.url}\n`);

  const stop = async () => {
    try {
      await server.close();
      await services.close();
    } catch (error) {
      console.error('[factdesk] the web workbench did not stop cleanly:', error);
      process.exitCode = 1;
    }
    process.exit();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/**
 * Opens the project named on the command line; one that needs the person (its passphrase, or a
 * backup to restore) is handed to the page, which asks for it. Passphrases never go on a command line.
 */
async function openOrHandOver(session: WorkbenchSession, dir: string): Promise<void> {
  try {
    await session.openProject(dir);
  } catch (error) {
    const reply = errorReplyFor(error);
    if (classifyOpenRefusal(reply).kind === 'other') throw error;
    session.setPendingOpen({ dir: resolve(dir), message: reply.message });
  }
}

function fail(message: string): never {
  process.stderr.write(`factdesk web: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(messageFor(error)));
