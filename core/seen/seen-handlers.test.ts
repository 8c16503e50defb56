import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelArgs, ChannelResult } from '../../shared/ipc';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import type { Services, WorkbenchSession } from '../index';
import { LOCKED_REASON } from './desk-index';
import { claimRecords } from '../../test-support/claim-records';

const EARLIER =
  'About 100,000 soldiers were massed at the border, officials said. Separately, 2,400 paratroopers landed near the airport. The city spent $2.1 billion on the new bridge in 2023.';
const LATER = 'Some 100,000 soldiers were massed at the border, the minister confirmed.';
const NEAR_MISS = 'Later that week 2,400 paratroopers landed near the capital’s airport.';

const open: Services[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((services) => services.close()));
});

/** Real services (as the web workbench runs them) with a second window, and a desk folder. */
async function desk() {
  const harness = await servicesWithRouter();
  open.push(harness.services);
  const folder = await tempDir('factdesk-desk-');
  await harness.call('app:setChecker', { name: 'Ana' });
  const other = harness.services.createSession();
  /** Calls a channel as the second window. */
  const inOther = async <C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> => {
    const reply = await harness.handlers.get(channel)!(args, other as WorkbenchSession);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as ChannelResult<C>;
  };
  return { ...harness, folder, inOther };
}

type Call = Awaited<ReturnType<typeof desk>>['call'];

/** A project holding `text`, with the claim quoting `figure` given `status` and one cited source. */
async function checkedProject(
  call: Call,
  dir: string,
  title: string,
  text: string,
  figure: string,
  passphrase?: string,
) {
  await call('project:create', { dir, title, ...(passphrase ? { passphrase } : {}) });
  await call('documents:importText', { fileName: `${title}.txt`, text });
  const claims = await claimRecords(call);
  const claim = claims.find((row) => row.quote.includes(figure));
  if (!claim) throw new Error(`No claim quotes ${figure}: ${claims.map((row) => row.quote).join(' | ')}`);
  // The other claims get verdicts too: the word weights need more than one checked claim to mean much.
  for (const other of claims)
    if (other.id !== claim.id) await call('claim:setStatus', { claimId: other.id, status: 'unsourced' });
  await call('claim:setStatus', { claimId: claim.id, status: 'verified' });
  await call('claim:addCitation', {
    claimId: claim.id,
    citation: {
      url: 'https://ministry.example/briefing',
      title: 'Ministry briefing',
      quote: 'about 100,000 troops',
      stance: 'supports',
    },
  });
  return { claims, claim };
}

describe('claim:checkedBefore', () => {
  it('finds the claim another project of the desk verified, never the near-miss nor the open project', async () => {
    const { call, folder } = await desk();
    const earlier = await checkedProject(call, join(folder, 'Week1.factdesk'), 'Week 1', EARLIER, '100,000');
    const paratroopers = earlier.claims.find((row) => row.quote.includes('2,400'))!;
    await call('claim:setStatus', { claimId: paratroopers.id, status: 'disputed' });
    await call('project:close', {});

    await call('project:create', { dir: join(folder, 'Week2.factdesk'), title: 'Week 2' });
    await call('documents:importText', { fileName: 'later.txt', text: `${LATER} ${NEAR_MISS}` });
    // The open project's own verdicts are never matched against it.
    const rows = await claimRecords(call);
    const soldiers = rows.find((row) => row.quote.includes('100,000'))!;
    await call('claim:setStatus', { claimId: soldiers.id, status: 'disputed' });

    const found = await call('claim:checkedBefore', { claimId: soldiers.id });
    expect(found.projects).toBe(1);
    expect(found.matches).toHaveLength(1);
    expect(found.matches[0]).toMatchObject({
      projectTitle: 'Week 1',
      claimId: earlier.claim.id,
      status: 'verified',
      checker: 'Ana',
      basis: 'figure',
      encrypted: false,
      citations: [{ title: 'Ministry briefing', url: 'https://ministry.example/briefing' }],
    });

    const later = rows.find((row) => row.quote.includes('2,400'))!;
    const near = await call('claim:checkedBefore', { claimId: later.id });
    expect(near.matches.map((match) => match.quote)).not.toContain(earlier.claim.quote);
    expect(near.matches.every((match) => match.quote.includes('2,400'))).toBe(true);
  });

  it('refuses malformed arguments with one sentence, changing nothing', async () => {
    const { raw, call, folder } = await desk();
    await call('project:create', { dir: join(folder, 'Only.factdesk'), title: 'Only' });
    for (const [channel, args] of [
      ['claim:checkedBefore', { claimId: '../../etc' }],
      ['claim:checkedBefore', { claimId: 'c1', extra: true }],
      ['claim:reuseCitations', { claimId: 'c1', from: { project: 'a\0b', claimId: 'c2' } }],
      ['claim:reuseCitations', { claimId: 'c1', from: { project: '/x' } }],
      ['archives:add', { dir: '' }],
      ['archives:remove', {}],
    ] as const) {
      const reply = await raw(channel, args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await raw('claim:checkedBefore', { claimId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const missing = join(folder, 'no such folder');
    expect(await raw('archives:add', { dir: missing })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: `There is no folder at ${missing}; check the path and try again.`,
      },
    });
    expect(await call('archives:list', {})).toEqual({ folders: [] });
  });

  it('reads a project again when its files changed since it was indexed', async () => {
    const { call, inOther, folder } = await desk();
    const week1 = join(folder, 'Week1.factdesk');
    const earlier = await checkedProject(call, week1, 'Week 1', EARLIER, '100,000');
    await call('project:close', {});
    await call('project:create', { dir: join(folder, 'Week2.factdesk'), title: 'Week 2' });
    await call('documents:importText', { fileName: 'later.txt', text: LATER });
    const [row] = await claimRecords(call);
    expect((await call('claim:checkedBefore', { claimId: row!.id })).matches[0]?.status).toBe('verified');

    // Another window changes the verdict in Week 1. The next lookup after the recheck interval
    // answers from the index at once, saying the check runs behind it; asked again, it has the change.
    await inOther('project:open', { dir: week1 });
    await inOther('claim:setStatus', { claimId: earlier.claim.id, status: 'disputed' });
    await inOther('claim:setNote', { claimId: earlier.claim.id, note: 'The ministry corrected it.' });
    await new Promise((done) => setTimeout(done, 1100));
    const first = await call('claim:checkedBefore', { claimId: row!.id });
    expect(first).toMatchObject({ rechecking: true, matches: [{ status: 'verified' }] });
    const again = await call('claim:checkedBefore', { claimId: row!.id });
    expect(again.rechecking).toBe(false);
    expect(again.matches[0]).toMatchObject({ status: 'disputed', note: 'The ministry corrected it.' });
  });

  it('takes a project a window of this process has open from memory, without reading its files again', async () => {
    const { call, inOther, folder } = await desk();
    const week1 = join(folder, 'Week1.factdesk');
    const earlier = await checkedProject(call, week1, 'Week 1', EARLIER, '100,000');
    await call('project:close', {});
    await inOther('project:open', { dir: week1 });
    await inOther('claim:setNote', { claimId: earlier.claim.id, note: 'Seen in memory.' });
    // Its document's file on disk no longer parses: a read of the files would skip the project.
    const [summary] = (await inOther('project:current', {}))!.documents;
    await writeFile(join(week1, 'documents', `${summary!.id}.json`), 'not json');

    await call('project:create', { dir: join(folder, 'Week2.factdesk'), title: 'Week 2' });
    await call('documents:importText', { fileName: 'later.txt', text: LATER });
    const [row] = await claimRecords(call);
    const found = await call('claim:checkedBefore', { claimId: row!.id });
    expect(found.skipped).toEqual([]);
    expect(found.matches[0]).toMatchObject({ projectTitle: 'Week 1', note: 'Seen in memory.' });
  });

  it('leaves an encrypted project out while it is locked, and includes it only while a window has it unlocked', async () => {
    const { call, inOther, folder } = await desk();
    const secret = join(folder, 'Secret.factdesk');
    await checkedProject(call, secret, 'Secret', EARLIER, '100,000', 'correct horse battery');
    await call('project:close', {});
    await call('project:create', { dir: join(folder, 'Week2.factdesk'), title: 'Week 2' });
    await call('documents:importText', { fileName: 'later.txt', text: LATER });
    const [row] = await claimRecords(call);

    const locked = await call('claim:checkedBefore', { claimId: row!.id });
    expect(locked.matches).toEqual([]);
    expect(locked.skipped).toEqual([{ folder: secret, reason: LOCKED_REASON }]);

    await inOther('project:open', { dir: secret, passphrase: 'correct horse battery' });
    const unlocked = await call('claim:checkedBefore', { claimId: row!.id });
    expect(unlocked.matches[0]).toMatchObject({ projectTitle: 'Secret', encrypted: true });

    // Locked again: gone at the next lookup, without waiting for the desk to be read again.
    await inOther('project:close', {});
    expect((await call('claim:checkedBefore', { claimId: row!.id })).matches).toEqual([]);
  });
});

describe('claim:reuseCitations', () => {
  it('adds copies of the earlier claim’s citations in one undo step', async () => {
    const { call, raw, folder } = await desk();
    const earlier = await checkedProject(call, join(folder, 'Week1.factdesk'), 'Week 1', EARLIER, '100,000');
    await call('project:close', {});
    await call('project:create', { dir: join(folder, 'Week2.factdesk'), title: 'Week 2' });
    await call('documents:importText', { fileName: 'later.txt', text: LATER });
    const [row] = await claimRecords(call);
    const [match] = (await call('claim:checkedBefore', { claimId: row!.id })).matches;

    const reused = await call('claim:reuseCitations', {
      claimId: row!.id,
      from: { project: match!.project, claimId: match!.claimId },
    });
    expect(reused.added).toBe(1);
    expect(reused.claim.citations).toHaveLength(1);
    expect(reused.claim.citations[0]).toMatchObject({ title: 'Ministry briefing', addedBy: 'Ana' });
    expect(reused.claim.citations[0]!.id).not.toBe(earlier.claim.citations?.[0]?.id);

    const undone = await call('edit:undo', {});
    expect(undone.changes.updated.find((claim) => claim.id === row!.id)?.citations).toEqual([]);

    // A claim the desk does not hold (here: the open project's own) is refused with a sentence.
    expect(
      await raw('claim:reuseCitations', {
        claimId: row!.id,
        from: { project: join(folder, 'Week2.factdesk'), claimId: row!.id },
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps the desk’s archive folders in the settings, refusing a file', async () => {
    const { call, folder } = await desk();
    const archive = join(folder, 'archive');
    await mkdir(archive);
    await writeFile(join(folder, 'notes.txt'), 'x');
    expect(await call('archives:add', { dir: archive })).toEqual({ folders: [archive] });
    await expect(call('archives:add', { dir: join(folder, 'notes.txt') })).rejects.toThrow(
      `${join(folder, 'notes.txt')} is a file, not a folder.`,
    );
    expect(await call('archives:remove', { dir: archive })).toEqual({ folders: [] });
  });
});
