import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/ipc/backup-views';
import { formatDateTime } from '../lib/format';
import { mendOfferSentence, restoreOfferSentence } from './offer-sentences';

const MONDAY = '2026-11-30T09:15:00.000Z';
const TUESDAY = '2026-12-01T10:30:00.000Z';

describe('what each way out of a damaged project would do', () => {
  it('names every file mending puts back, once per backup it comes from', () => {
    const one = mendOfferSentence({
      mended: [
        { path: 'documents/a.json', backup: 'b1', createdAt: MONDAY },
        { path: 'project.json', backup: 'b1', createdAt: MONDAY },
      ],
      leftOut: [],
    });
    expect(one).toBe(
      `Mending puts back documents/a.json and project.json from the backup of ${formatDateTime(MONDAY)}, and keeps everything else as it is now.`,
    );
    const two = mendOfferSentence({
      mended: [
        { path: 'documents/a.json', backup: 'b1', createdAt: MONDAY },
        { path: 'documents/b.json', backup: 'b2', createdAt: TUESDAY },
      ],
      leftOut: ['documents/c.json'],
    });
    expect(two).toBe(
      `Mending puts back documents/a.json from the backup of ${formatDateTime(MONDAY)}; puts back documents/b.json from the backup of ${formatDateTime(TUESDAY)}; sets aside documents/c.json, which no backup holds, leaving its draft out, and keeps everything else as it is now.`,
    );
  });

  it('says restoring takes every file back, as the other way or the only one', () => {
    const backup: BackupInfo = {
      name: 'b1',
      createdAt: MONDAY,
      reason: 'open',
      documents: 2,
      bytes: 10,
      kept: 'recent',
    };
    expect(restoreOfferSentence(backup, true)).toBe(
      `Restoring the newest good backup instead (made ${formatDateTime(MONDAY)}) takes every file back to then.`,
    );
    expect(restoreOfferSentence(backup, false)).toBe(
      `The newest good backup was made ${formatDateTime(MONDAY)}: restoring it takes every file back to then.`,
    );
  });
});
