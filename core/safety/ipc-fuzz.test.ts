import fc from 'fast-check';
import { Buffer } from 'node:buffer';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { channelArgs, channels, type Channel, type Envelope } from '../../shared/ipc';
import { createServices, noDialogs, registerHandlers, type WorkbenchSession } from '../index';
import { OpenProject } from '../project/open-project';
import { tempDir } from '../../test-support/temp-dir';
import { folderState, strayPaths } from '../../test-support/safety/folder-state';
import { argsArbitrary, type FuzzContext } from '../../test-support/safety/ipc-arbitraries';
import { SEED_ARTICLE } from '../../test-support/safety/seed-project';
import { errorCodes } from '../../shared/errors';
import { MAX_CLAIMS_PAGE } from '../../shared/ipc/claim-list-row';
import { onePagePdf } from '../../test-support/reports/one-page-pdf';

const RUNS_PER_CHANNEL = Number(process.env.FACTDESK_SAFETY_IPC_RUNS ?? 80);
/** On a busy machine each channel's share of this budget bounds its runs; the figures say how many were made. */
const BUDGET_MS = Number(process.env.FACTDESK_SAFETY_IPC_BUDGET_MS ?? 30_000);
const tally = { calls: 0, valid: 0, ok: 0, refused: 0, channels: 0 };

type RawHandler = (rawArgs: unknown, session: WorkbenchSession) => Promise<Envelope<unknown>>;

async function fuzzWorld() {
  const root = await tempDir('factdesk-fuzz-');
  const userData = join(root, 'user-data');
  const sandbox = join(root, 'sandbox');
  await mkdir(sandbox);
  const services = await createServices({
    userDataDir: userData,
    mode: 'web',
    version: '0.0.0-fuzz',
    dialogs: noDialogs,
    pdfPrinter: { print: onePagePdf },
  });
  const handlers = new Map<Channel, RawHandler>();
  registerHandlers({ handle: (channel, handler) => handlers.set(channel, handler) }, services);
  const session = services.createSession();
  const mainDir = join(root, 'main.factdesk');
  const call = async (channel: Channel, args: unknown) => {
    const reply = await handlers.get(channel)!(args, session);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };
  await call('project:create', { dir: mainDir, title: 'Fuzzed desk' });
  await call('documents:importFiles', { paths: [SEED_ARTICLE] });
  const { rows } = (await call('claims:page', { offset: 0, limit: MAX_CLAIMS_PAGE })) as {
    rows: { id: string; documentId: string }[];
  };
  const cited = (await call('claim:addCitation', {
    claimId: rows[0]!.id,
    citation: { url: 'https://example.org/', title: 'Example', quote: 'q', stance: 'supports' },
  })) as { citations: { id: string }[] };
  // A cited file, so reusing it by its sha256 is among the calls tried.
  const uploaded = (await call('citation:uploadFile', {
    fileName: 'minutes.txt',
    base64: Buffer.from('Minutes of the briefing.').toString('base64'),
  })) as { token: string };
  const attached = (await call('claim:addCitation', {
    claimId: rows[0]!.id,
    citation: { fileToken: uploaded.token, title: 'Minutes', quote: '', stance: 'context' },
  })) as { citations: { file?: { sha256: string } }[] };
  await session.closeProject();
  await session.openProject(mainDir); // takes a first backup
  const context: FuzzContext = {
    mainDir,
    sandbox,
    draftFile: SEED_ARTICLE,
    claimIds: rows.map((row) => row.id),
    documentIds: [...new Set(rows.map((row) => row.documentId))],
    citationIds: cited.citations.map((citation) => citation.id),
    attachmentHashes: attached.citations.flatMap((citation) => citation.file?.sha256 ?? []),
    backups: (await session.project.listBackups()).map((backup) => backup.name),
  };
  return { root, services, session, handlers, context };
}

function isSentence(error: unknown): boolean {
  return (
    typeof error === 'string' &&
    error.length > 0 &&
    error.length < 2000 &&
    /\.$/.test(error) &&
    !/\n|\(\S+:\d+:\d+\)|\bat \w+ \(/.test(error)
  );
}

describe('every IPC channel under malformed arguments', () => {
  afterAll(() => {
    console.log(
      `[safety] IPC fuzz: ${tally.calls} calls to ${tally.channels} channels (${tally.valid} with valid arguments, ` +
        `${tally.ok} answered ok, ${tally.refused} refused with a sentence); every call resolved to an envelope, ` +
        'no file changed on an invalid call, no path left the project.',
    );
  });

  it(`answers up to ${RUNS_PER_CHANNEL} fuzzed calls per channel with an envelope and writes only on valid ones`, async () => {
    const { root, session, handlers, context } = await fuzzWorld();
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
    let created = 0;
    const end = performance.now() + BUDGET_MS;
    for (const [index, channel] of channels.entries()) {
      tally.channels++;
      // Each channel gets an even share of the time left, so time a quick channel leaves over is not lost.
      const deadline = performance.now() + Math.max(0, end - performance.now()) / (channels.length - index);
      await fc.assert(
        fc.asyncProperty(argsArbitrary(channel, context), async (generated) => {
          if (performance.now() > deadline) return; // out of this channel's time: the rest are not tried
          let args = generated;
          const valid = channelArgs[channel].safeParse(args ?? {}).success;
          if (valid && channel === 'project:create') {
            // A valid create goes into the sandbox, never wherever the fuzzer pointed.
            args = { ...(args as object), dir: join(context.sandbox, `created-${created++}`) };
          }
          if (!session.hasProject || session.project.dir !== context.mainDir)
            await session.openProject(context.mainDir);
          const before = valid ? null : await folderState(root);
          const reply = await handlers.get(channel)!(args, session);
          tally.calls++;
          if (valid) tally.valid++;
          expect(typeof reply === 'object' && reply !== null, channel).toBe(true);
          if (reply.ok) {
            tally.ok++;
            expect('value' in reply).toBe(true);
          } else {
            tally.refused++;
            const { code, message } = reply.error;
            expect(isSentence(message), `${channel}: ${String(message).slice(0, 300)}`).toBe(true);
            expect(Object.hasOwn(errorCodes, code), `${channel}: code ${code}`).toBe(true);
          }
          if (!valid) {
            expect(reply.ok, channel).toBe(false);
            expect(await folderState(root), `${channel} wrote on an invalid call`).toEqual(before);
          }
          expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeKeys);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        {
          numRuns: RUNS_PER_CHANNEL,
          seed: 4242,
          endOnFailure: true,
        },
      );
    }
    expect(tally.calls).toBeGreaterThanOrEqual(Math.min(RUNS_PER_CHANNEL, 15) * channels.length);
    await session.closeProject();
    const files = await folderState(context.mainDir);
    expect(strayPaths(files.keys())).toEqual([]);
    const project = await OpenProject.open(context.mainDir, { tool: 'fuzz check', readOnly: true });
    for (const doc of project.files.project.data.documents) expect(doc.path).toBe(`documents/${doc.id}.json`);
    for (const row of await project.claimRows())
      for (const citation of row.citations)
        if (citation.file)
          expect(citation.file.path).toMatch(/^attachments\/[0-9a-f]{64}(\.[A-Za-z0-9]{1,10})?$/);
    await project.close();
  }, 115_000);
});
