// The team desk at scale: a project of 100,000 claims published to a bare repository served by git
// http-backend on 127.0.0.1 (as in the tests), cloned, then 100 marks on each copy through the app's
// session and a sync of each. Each sync is timed beside reading and JSON.parse of every file of the
// project in the same run (the floor for anything that reads it whole). One run of each sync (they
// change the repository); the floor is a median of 3.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, noDialogs, type WorkbenchSession } from '../../core';
import { cloneProject } from '../../core/desk/clone-project';
import { syncProject, type SyncSummary } from '../../core/desk/sync-project';
import { startGitServer } from '../../test-support/git-http-server';
import { buildProject, median } from './store';
import { readAndParseAll } from './write-path';

const TOKEN = 'bench-token';

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - t0), value };
}

async function floorMs(dir: string): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) runs.push((await timed(() => readAndParseAll(dir))).ms);
  return Math.round(median(runs));
}

async function sessionOn(root: string, name: string, dir: string): Promise<WorkbenchSession> {
  const services = await createServices({
    userDataDir: join(root, `user-${name}`),
    mode: 'web',
    version: 'bench',
    dialogs: noDialogs,
  });
  await services.settings.setChecker(name);
  const session = services.createSession();
  await session.openProject(dir);
  return session;
}

function syncOf(session: WorkbenchSession, remote?: string): Promise<SyncSummary> {
  return syncProject(session.project, {
    remote,
    credentials: { token: TOKEN },
    author: { name: session.checker, email: 'bench@factdesk.invalid' },
  });
}

/** 100 marks on each copy (different claims), each through the session's one write path. */
async function mark(
  session: WorkbenchSession,
  offset: number,
  count: number,
  status: 'verified' | 'disputed',
) {
  // In id order: the copies list documents in different orders, and each side must mark its own claims.
  const rows = (await session.project.claimRows()).sort((x, y) => x.id.localeCompare(y.id));
  const step = Math.floor(rows.length / (2 * count));
  for (let i = 0; i < count; i++) {
    const claimId = rows[(2 * i + offset) * step]!.id;
    await session.changeClaim(claimId, [{ type: 'setStatus', claimId, status }]);
  }
}

export async function measureDeskSync(claims = 100_000, changes = 100): Promise<Record<string, unknown>> {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-bench-desk-'));
  await mkdir(join(root, 'git'));
  const server = await startGitServer(join(root, 'git'), TOKEN);
  const sessions: WorkbenchSession[] = [];
  try {
    const a = join(root, 'a.factdesk');
    const b = join(root, 'b.factdesk');
    await buildProject(a, claims);
    const url = server.createRepo('desk');
    const sessionA = await sessionOn(root, 'Ana', a);
    sessions.push(sessionA);
    const claimCount = sessionA.project.view().claimCount;
    const floorBefore = await floorMs(a);
    const publish = await timed(() => syncOf(sessionA, url));
    const clone = await timed(async () =>
      (await cloneProject(url, b, { token: TOKEN }, {}, 'bench')).close(),
    );
    const sessionB = await sessionOn(root, 'Ben', b);
    sessions.push(sessionB);
    await mark(sessionA, 0, changes, 'verified');
    await mark(sessionB, 1, changes, 'disputed');
    const sendB = await timed(() => syncOf(sessionB));
    const both = await timed(() => syncOf(sessionA));
    const receiveB = await timed(() => syncOf(sessionB));
    const floor = await floorMs(a);
    const ratio = (ms: number) => +(ms / floor).toFixed(2);
    return {
      claims: claimCount,
      changesEachSide: changes,
      floorReadAndParseAllMs: floor,
      floorBeforePublishMs: floorBefore,
      firstPublishMs: publish.ms,
      firstPublishRatio: ratio(publish.ms),
      cloneMs: clone.ms,
      cloneRatio: ratio(clone.ms),
      syncSendOnlyMs: sendB.ms,
      syncSendOnly: sendB.value,
      syncBothWaysMs: both.ms,
      syncBothWaysRatio: ratio(both.ms),
      syncBothWays: both.value,
      syncReceiveOnlyMs: receiveB.ms,
      syncReceiveOnlyRatio: ratio(receiveB.ms),
    };
  } finally {
    for (const session of sessions) await session.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}
