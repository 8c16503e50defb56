import { describe, expect, it } from 'vitest';
import type { DeskStatus } from '../../shared/ipc/desk';
import { syncState } from './sync-state';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const shared: DeskStatus = {
  remote: 'https://git.example.org/desk/belarus.git',
  lastSync: '2026-12-02T11:58:00Z',
  hasToken: true,
  tokenKept: 'memory',
  tokenNote: null,
  last: null,
};

describe('the sync control', () => {
  it('offers Share… for a project not shared, and syncs a shared one, saying when it last did', () => {
    expect(syncState({ ...shared, remote: null }, false, null, NOW)).toMatchObject({
      kind: 'unshared',
      text: 'Share…',
      opensShare: true,
    });
    expect(syncState(shared, false, null, NOW)).toMatchObject({
      kind: 'synced',
      text: 'Synced 2 min ago',
      opensShare: false,
    });
    expect(syncState({ ...shared, lastSync: null }, false, null, NOW)).toMatchObject({ kind: 'never' });
    expect(syncState(shared, true, null, NOW)).toMatchObject({ kind: 'syncing', text: 'Syncing…' });
  });

  it('tells offline from a refused token, and asks for the token again when it was refused or is missing', () => {
    const offline = {
      code: 'sync-failed' as const,
      message:
        'Factdesk could not reach git.example.org (offline?); your work is kept on this computer and goes out at the next sync.',
    };
    expect(syncState(shared, false, offline, NOW)).toMatchObject({
      kind: 'offline',
      text: 'Offline',
      detail: `${offline.message} Last synced 2 minutes ago.`,
      opensShare: false,
    });
    const refused = {
      ...shared,
      last: {
        ok: false as const,
        code: 'sync-failed' as const,
        at: '2026-12-02T11:59:00Z',
        message:
          'The git server at git.example.org refused the sync: the token is missing or wrong (give the right one in Share…); your work is kept on this computer and goes out at the next sync.',
      },
    };
    expect(syncState(refused, false, null, NOW)).toMatchObject({
      kind: 'failed',
      text: 'Sync failed',
      opensShare: true,
    });
    expect(syncState({ ...shared, hasToken: false }, false, null, NOW)).toMatchObject({
      kind: 'needs-token',
      opensShare: true,
    });
  });
});
