import { describe, expect, it } from 'vitest';
import { classifyOpenRefusal, PASSPHRASE_NEEDED } from './open-refusals';

describe('classifyOpenRefusal', () => {
  it('tells refusals apart by code, whatever their sentence says', () => {
    expect(classifyOpenRefusal({ code: 'passphrase-needed', message: 'Reworded.' })).toEqual({
      kind: 'passphrase',
      wrong: false,
    });
    expect(classifyOpenRefusal({ code: 'wrong-passphrase', message: 'Also reworded.' })).toEqual({
      kind: 'passphrase',
      wrong: true,
    });
    expect(
      classifyOpenRefusal({ code: 'file-damaged', message: 'Damaged.', backup: '20260101T000000000Z-open' }),
    ).toEqual({ kind: 'damaged', backup: '20260101T000000000Z-open' });
  });

  it('offers the damaged-project notice even with no good backup (mending may help), else adds nothing', () => {
    expect(classifyOpenRefusal({ code: 'file-damaged', message: 'Damaged, no backup.' })).toEqual({
      kind: 'damaged',
      backup: null,
    });
    expect(classifyOpenRefusal({ code: 'refused', message: PASSPHRASE_NEEDED })).toEqual({ kind: 'other' });
    expect(classifyOpenRefusal({ code: 'io-failed', message: 'The newest good backup is x.' })).toEqual({
      kind: 'other',
    });
  });
});
