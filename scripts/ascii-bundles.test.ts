import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from './ascii-bundles.mjs';

/** What evaluating a script of one expression gives. */
const run = (code: string): unknown => new Function(`return ${code}`)();

/** The same pattern, matching everywhere. */
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);

const SAMPLES = ['it’s', '“quoted”', '€5 or £4', 'Ärger', 'naïve', 'smile 😀', "it's", 'plain', '\\’'];

describe('asciiOnly', () => {
  it.each([
    '/’/g',
    '/[“”«»„]/',
    '/[$€£¥₹₽₩]/u',
    '/^[\\p{Lu}Ä]\\p{L}+$/u',
    '/(?<![\\p{L}])(?:nächst|kommend)/iu',
    '/😀/',
    '/[😀]/u',
    '/\\’/',
    '/\\\\’/',
    '/a\\/’/',
  ])('keeps what %s matches, spelt in ASCII', (literal) => {
    const escaped = asciiOnly(`x = ${literal};`).slice('x = '.length, -1);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    const before = run(literal) as RegExp;
    const after = run(escaped) as RegExp;
    expect(after.flags).toBe(before.flags);
    for (const sample of SAMPLES) {
      expect(sample.replace(everywhere(after), '#')).toBe(sample.replace(everywhere(before), '#'));
    }
  });

  it('spells comments in ASCII and leaves strings, templates and division as they are', () => {
    const code = [
      "const a = '’', b = `“${a}”`, c = String.raw`ä`; // ’",
      '/* “ */ const d = 4 / 2 / 1;',
      'const e = /’/.test(a) ? "é" : a;',
    ].join('\n');
    expect(asciiOnly(code)).toBe(
      code.replace('// ’', '// \\u2019').replace('/* “ */', '/* \\u201c */').replace('/’/', '/\\u2019/'),
    );
  });

  it('reads scripts as well as modules', () => {
    expect(asciiOnly('var x = /’/; module.exports = x;', { module: false })).toBe(
      'var x = /\\u2019/; module.exports = x;',
    );
    expect(asciiOnly('export const x = /’/;')).toBe('export const x = /\\u2019/;');
  });
});

describe('the Node bundles (built by the test setup)', () => {
  // V8 keeps a script's source one byte a character only when every character fits in one.
  it.each(['cli', 'web', 'workers', 'electron'])('are ASCII only: dist/%s', (part) => {
    const files = readdirSync(join('dist', part), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.[cm]?js$/.test(file),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const code = readFileSync(join('dist', part, file), 'utf8');
      expect(code.match(/[^\0-\x7f].{0,40}/)?.[0], file).toBeUndefined();
    }
  });
});
