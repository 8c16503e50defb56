import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefusal, factdesk } from '../test-support/run-factdesk';
import { SEED_SAMPLE, tempDir } from '../test-support/temp-dir';
import { rankSentences } from '../shared/ranking';
import { errorCodes } from '../shared/errors';
import { readRepoFile } from '../test-support/repo-files';

describe('factdesk command line', () => {
  it('creates, imports, lists, marks and cites on the seed article', async () => {
    const dir = join(await tempDir(), 'desk.factdesk');
    expect(factdesk(['new', dir, '--title', 'Belarus']).code).toBe(0);
    const imported = factdesk(['import', dir, SEED_SAMPLE]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported "Stoltenberg asks Russia.*" \(d\w+\): \d+ claims/);

    const claims = JSON.parse(factdesk(['claims', dir, '--json']).stdout);
    expect(claims.length).toBeGreaterThan(5);
    for (const key of [
      'id',
      'documentId',
      'quote',
      'start',
      'end',
      'text',
      'kind',
      'score',
      'status',
      'note',
      'citations',
    ]) {
      expect(claims[0]).toHaveProperty(key);
    }
    const id = claims[0].id;
    const marked = factdesk([
      'mark',
      dir,
      id,
      'verified',
      '--note',
      'Checked with NATO press office',
      '--by',
      'Ana',
    ]);
    expect(marked.code, marked.stderr).toBe(0);
    const evidence = join(dir, '..', 'transcript.txt');
    await writeFile(evidence, 'NATO press conference transcript');
    expect(
      factdesk(['cite', dir, id, '--file', evidence, '--stance', 'supports', '--quote', 'largest']).code,
    ).toBe(0);
    expect(factdesk(['cite', dir, id, '--url', 'https://www.nato.int/', '--title', 'NATO']).code).toBe(0);

    const verified = JSON.parse(factdesk(['claims', dir, '--json', '--status', 'verified']).stdout);
    expect(verified).toHaveLength(1);
    expect(verified[0]).toMatchObject({ id, status: 'verified', note: 'Checked with NATO press office' });
    expect(verified[0].citations.map((c: { stance: string }) => c.stance)).toEqual(['supports', 'supports']);
    const file = verified[0].citations[0].file;
    expect(await readFile(join(dir, file.path), 'utf8')).toBe('NATO press conference transcript');
    expect(verified[0].history.at(-1).by).toBe('Cli Tester');
  });

  it('extracts claims from one draft without a project, with exact spans', async () => {
    const out = factdesk(['extract', SEED_SAMPLE, '--json']);
    expect(out.code, out.stderr).toBe(0);
    const text = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
    for (const claim of JSON.parse(out.stdout)) expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it('gives each claim the language it was found in', () => {
    const out = factdesk(['extract', 'resources/samples/languages/es-otan-2022.txt', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const claims = JSON.parse(out.stdout) as Array<{ quote: string; language: string; values?: object }>;
    expect(claims.length).toBeGreaterThan(10);
    expect(claims.every((claim) => claim.language === 'es')).toBe(true);
    expect(claims.find((claim) => claim.quote === 'unos 100.000 soldados')?.values).toMatchObject({
      number: 100000,
    });
  });

  it('ranks sentences from stdin, one score a line', () => {
    const out = factdesk(['rank'], {
      input: 'Thank you all.\nUnemployment fell to 3.5 percent last year.\n',
    });
    expect(out.code, out.stderr).toBe(0);
    const scores = out.stdout.trim().split('\n').map(Number);
    expect(scores).toHaveLength(2);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
  });

  it('keeps one score a line as programs count lines, and refuses a binary file', async () => {
    // A lone CR is not a line break (wc -l would count 2 lines, so 2 scores); CR LF is.
    const out = factdesk(['rank'], { input: 'Prices rose 5 percent.\rIn 2020.\r\nThank you all.\n' });
    expect(out.stdout).toBe(
      rankSentences(['Prices rose 5 percent.\rIn 2020.', 'Thank you all.'])
        .map((p) => `${p.toFixed(6)}\n`)
        .join(''),
    );
    const binary = join(await tempDir(), 'photo.jpg');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x0a, 0x49, 0x46]));
    const refused = factdesk(['rank', binary]);
    expectRefusal(
      refused,
      /photo\.jpg is not text \(it holds bytes that are not UTF-8 text\), so nothing was scored\./,
    );
    expect(refused.stdout).toBe('');
  });

  it('prints the calibrated probability of the bundled model, 6 decimals, optionally for another language', () => {
    const lines = ['Thank you all.', 'Unemployment fell to 3.5 percent last year.'];
    const out = factdesk(['rank'], { input: `${lines.join('\n')}\n` });
    expect(out.stdout).toBe(
      rankSentences(lines)
        .map((p) => `${p.toFixed(6)}\n`)
        .join(''),
    );
    // A blank line (empty, or only spaces) is no sentence: an empty line out keeps the lines aligned.
    const [thanks, unemployment] = out.stdout.split('\n');
    const blank = factdesk(['rank'], { input: `\n${lines[0]}\n  \t\n${lines[1]}\n\n` });
    expect(blank.stdout).toBe(`\n${thanks}\n\n${unemployment}\n\n`);
    expect(factdesk(['rank'], { input: '\n' }).stdout).toBe('\n');
    const de = ['Vielen Dank.', 'Die Arbeitslosigkeit sank 2023 auf 3,5 %.'];
    const german = factdesk(['rank', '--language', 'de'], { input: de.join('\n') });
    expect(german.stdout).toBe(
      rankSentences(de, { language: 'de' })
        .map((p) => `${p.toFixed(6)}\n`)
        .join(''),
    );
    const bad = factdesk(['rank', '--language', 'not a tag'], { input: 'x' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--language must be a language tag such as en or de, not "not a tag"\./);
  }, 120_000); // five runs of the command

  it('explains every mistake in one sentence, with no stack trace', async () => {
    const dir = join(await tempDir(), 'p');
    factdesk(['new', dir]);
    const cases: [string[], RegExp, number][] = [
      [
        ['mark', dir, 'cnothere', 'verified'],
        /^factdesk \[not-found\]: There is no claim cnothere in this project\.\n$/,
        1,
      ],
      [['mark', dir, 'x', 'true'], /STATUS must be unchecked, verified, disputed or unsourced/, 2],
      [
        ['claims', '/no/such/dir'],
        /^factdesk \[not-found\]: Factdesk cannot open \/no\/such\/dir: it does not exist\.\n$/,
        1,
      ],
      [['cite', dir, 'x'], /exactly one of --url or --file/, 2],
      [['frobnicate'], /"frobnicate" is not a factdesk command/, 2],
      [['new', dir], /already exists and is not empty/, 1],
      // Where the system allows no folder at all (Node 20's own recursive mkdir looped there forever).
      ...(existsSync('/proc/self')
        ? [
            [
              ['new', '/proc/factdesk-test/p'],
              /^factdesk \[io-failed\]: Factdesk cannot create a project at \/proc\/factdesk-test\/p: the system allows no folder there\.\n$/,
              1,
            ] satisfies [string[], RegExp, number],
          ]
        : []),
      // A file named on the line that is not there: not-found, in the same words, whatever the command.
      ...[
        ['import', dir, '/no/such.txt'],
        ['extract', '/no/such.txt'],
        ['rank', '/no/such.txt'],
      ].map(
        (args) =>
          [
            args,
            /^factdesk \[not-found\]: Factdesk cannot read (\/no\/such|such)\.txt: it does not exist\.\n$/,
            1,
          ] satisfies [string[], RegExp, number],
      ),
      [
        ['claims', dir, '--bogus'],
        /^factdesk \[usage\]: --bogus is not an option of claims, nor of any factdesk command\.\n/,
        2,
      ],
      [['import', dir, SEED_SAMPLE, '--bogus'], /--bogus is not an option of import/, 2],
      [
        ['import', dir, SEED_SAMPLE, '--format', 'html'],
        /--format is not an option of import; it belongs to report/,
        2,
      ],
      [
        ['mark', dir, 'x', 'verified', '--note', '--by', 'A'],
        /^factdesk \[usage\]: --note needs a value; to start a value with a dash, write --note=-x\.\n/,
        2,
      ],
      [
        ['mark', dir, 'x', 'verified', 'extra'],
        /mark takes DIR, CLAIM_ID and STATUS; "extra" is one too many\./,
        2,
      ],
    ];
    for (const [args, message, code] of cases) {
      const out = factdesk(args);
      expect(out.stderr, args.join(' ')).toMatch(message);
      expect(out.stderr).not.toMatch(/\n\s+at /);
      expect(out.code).toBe(code);
    }
  }, 120_000); // eleven runs of the command

  it('gives failures a code: on standard error, and as JSON on standard output with --json', async () => {
    const dir = join(await tempDir(), 'p');
    factdesk(['new', dir]);
    const missing = factdesk(['claims', '/no/such/dir', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({
      error: { code: 'not-found', message: 'Factdesk cannot open /no/such/dir: it does not exist.' },
    });
    expect(missing.stderr).toBe(
      'factdesk [not-found]: Factdesk cannot open /no/such/dir: it does not exist.\n',
    );
    const wrong = factdesk(['claims', dir, '--json', '--bogus']);
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.stdout)).toEqual({
      error: { code: 'usage', message: '--bogus is not an option of claims, nor of any factdesk command.' },
    });
    const plain = factdesk(['mark', dir, 'cnothere', 'verified']);
    expect(plain.stdout).toBe('');
  });

  it('prints its version with --version or -v, and refuses an option given with no command', () => {
    const { version } = JSON.parse(readRepoFile('package.json')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const out = factdesk([flag]);
      expect(out).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
    const bogus = factdesk(['--bogus']);
    expect(bogus.stderr).toBe(
      'factdesk [usage]: --bogus is not an option of any factdesk command.\nRun `factdesk --help` for usage.\n',
    );
    expect(bogus.code).toBe(2);
    expect(bogus.stdout).toBe('');
  });

  it('lists every error code in docs/command-line.md, and no other', () => {
    const doc = readRepoFile('docs/command-line.md');
    const table = doc.slice(doc.indexOf('## Error codes'));
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(errorCodes).sort());
  });
});
