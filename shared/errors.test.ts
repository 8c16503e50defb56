import { describe, expect, it } from 'vitest';
import { codeOf, errorReplyFor, isErrorReply, UserError } from './errors';

describe('errors with codes', () => {
  it('carries a UserError’s code, sentence and backup across a boundary, never a stack', () => {
    const damaged = new UserError('project.json is damaged.', 'file-damaged', '20260101T000000000Z-open');
    expect(errorReplyFor(damaged)).toEqual({
      code: 'file-damaged',
      message: 'project.json is damaged.',
      backup: '20260101T000000000Z-open',
    });
    expect(errorReplyFor(new UserError('There is no claim c1.', 'not-found'))).toEqual({
      code: 'not-found',
      message: 'There is no claim c1.',
    });
  });

  it('carries a damaged project’s damage apart from the ways out its message offers', () => {
    const damaged = Object.assign(
      new UserError('a.json is damaged. Restore it with factdesk restore.', 'file-damaged', 'b1'),
      { damage: 'a.json is damaged.' },
    );
    const reply = errorReplyFor(damaged);
    expect(reply).toEqual({
      code: 'file-damaged',
      message: 'a.json is damaged. Restore it with factdesk restore.',
      backup: 'b1',
      damage: 'a.json is damaged.',
    });
    expect(isErrorReply(reply)).toBe(true);
    expect(isErrorReply({ ...reply, damage: 3 })).toBe(false);
  });

  it('gives anything unexpected the code internal and a generic sentence', () => {
    const reply = errorReplyFor(new TypeError('x is undefined at /secret/path.ts:3'));
    expect(reply.code).toBe('internal');
    expect(reply.message).not.toContain('secret');
    expect(codeOf('thrown string')).toBe('internal');
  });

  it('reads a UserError from another bundle by its name, and an unknown code as refused', () => {
    const foreign = Object.assign(new Error('Refused.'), { name: 'UserError', code: 'not-a-code' });
    expect(errorReplyFor(foreign)).toEqual({ code: 'refused', message: 'Refused.' });
  });

  it('knows an error reply by a known code and a sentence', () => {
    expect(isErrorReply({ code: 'not-found', message: 'Gone.' })).toBe(true);
    expect(isErrorReply({ code: 'nope', message: 'Gone.' })).toBe(false);
    expect(isErrorReply({ code: 'not-found' })).toBe(false);
    expect(isErrorReply({ code: 'toString', message: 'x' })).toBe(false);
    expect(isErrorReply('Gone.')).toBe(false);
  });
});
