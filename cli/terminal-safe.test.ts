import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TerminalSafeDecoder, terminalSafe } from './terminal-safe';

describe('text printed to a terminal', () => {
  it('shows control characters instead of letting the terminal act on them', () => {
    expect(terminalSafe('Head \u001b]0;PWNED\u0007\u001b[2J\nWe have 5 soldiers.\tok\r')).toBe(
      'Head \uFFFD]0;PWNED\uFFFD\uFFFD[2J\nWe have 5 soldiers.\tok\uFFFD',
    );
    expect(terminalSafe('8-bit CSI \u009b2J, DEL \u007f')).toBe('8-bit CSI \uFFFD2J, DEL \uFFFD');
    expect(terminalSafe('Stoltenberg: “some 30,000”')).toBe('Stoltenberg: “some 30,000”');
  });

  it('decodes UTF-8 pieces cut inside a character before looking at them', () => {
    const bytes = Buffer.from('é\u001b[2J€', 'utf8');
    const safe = new TerminalSafeDecoder();
    const out = [
      safe.piece(bytes.subarray(0, 1)),
      safe.piece(bytes.subarray(1, 5)),
      safe.piece(bytes.subarray(5, 7)),
    ];
    out.push(safe.piece(bytes.subarray(7)), safe.end());
    expect(out.join('')).toBe('é\uFFFD[2J€');
  });
});

describe('the real bin', () => {
  it('prints a hostile path in an error message as text (standard error is read by people)', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/factdesk.mjs', 'claims', '/no/such/\u001b]0;PWNED\u0007dir'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.includes('\u001b') || result.stderr.includes('\u0007')).toBe(false);
    expect(result.stderr).toContain('/no/such/\uFFFD]0;PWNED\uFFFDdir');
  });
});
