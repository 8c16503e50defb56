import { describe, expect, it } from 'vitest';
import { optionTypes, parseCommandLine, type OptionName } from './command-options';
import { commands, usageText } from './commands';

const parse = (argv: string[]) => parseCommandLine(argv, commands);

describe('the command table', () => {
  it('gives each command only its own options, wherever they stand on the line', () => {
    const parsed = parse(['--json', 'claims', 'p.factdesk', '--status', 'verified']);
    expect(parsed).toMatchObject({
      command: { words: ['claims'] },
      args: ['p.factdesk'],
      values: { json: true, status: ['verified'] },
    });
    expect(parse(['citations', 'export', 'p', '--format', 'ris', '-o', 'x.ris'])).toMatchObject({
      command: { words: ['citations', 'export'] },
      args: ['p'],
      values: { format: 'ris', output: 'x.ris' },
    });
  });

  it('refuses an unknown or misplaced option, a missing value, and too few or too many arguments, in one sentence each', () => {
    expect(() => parse(['import', 'DIR', 'F', '--bogus'])).toThrow(
      '--bogus is not an option of import, nor of any factdesk command.',
    );
    expect(() => parse(['import', 'DIR', 'F', '--stance', 'supports'])).toThrow(
      '--stance is not an option of import; it belongs to cite, citations import.',
    );
    expect(() => parse(['extract', 'F', '--passphrase-file', 'key'])).toThrow(
      /^--passphrase-file is not an option of extract; it belongs to new, import, /,
    );
    expect(() => parse(['new', 'DIR', '--title'])).toThrow(/--title/);
    expect(() => parse(['mark', 'DIR', 'ID'])).toThrow('mark needs DIR, CLAIM_ID and STATUS.');
    expect(() => parse(['restore', 'DIR', 'B', 'C'])).toThrow(
      'restore takes DIR and at most one BACKUP; "C" is one too many.',
    );
    expect(() => parse(['rank', 'a', 'b'])).toThrow('rank takes at most one FILE; "b" is one too many.');
    expect(() => parse(['frobnicate'])).toThrow('"frobnicate" is not a factdesk command.');
    expect(() => parse(['citations'])).toThrow('citations needs export or import, not nothing.');
  });

  it('takes a value that starts with a dash as the value of the option before it, unless it is an option', () => {
    expect(parse(['mark', 'DIR', 'ID', 'verified', '--note', '-2+3 is what the table says'])).toMatchObject({
      values: { note: '-2+3 is what the table says' },
    });
    expect(parse(['edit', 'DIR', 'ID', '--text', '-5 degrees at noon'])).toMatchObject({
      values: { text: '-5 degrees at noon' },
    });
    // An option after it is still an option: the note is then missing its value, in one line.
    expect(() => parse(['mark', 'DIR', 'ID', 'verified', '--note', '--by', 'Ana'])).toThrow(
      /^--note needs a value; to start a value with a dash, write --note=-x\.$/,
    );
    expect(parse(['cite', 'DIR', 'ID', '--url', 'https://x.org', '--quote=-40 percent'])).toMatchObject({
      values: { quote: '-40 percent' },
    });
  });

  it("says in its own words what is wrong with an option's value, never in Node's", () => {
    const cases: [string[], string][] = [
      [['mark', 'D', 'I', 'verified', '--note'], '--note needs a value.'],
      [
        ['mark', 'D', 'I', 'verified', '--note', '-h'],
        '--note needs a value; to start a value with a dash, write --note=-x.',
      ],
      [['report', 'D', '--format', 'md', '-o'], '-o needs a value.'],
      [
        ['report', 'D', '--format', 'md', '-o', '-x.md'],
        '-o needs a value; to start a value with a dash, write --output=-x.',
      ],
      [
        ['report', 'D', '--format', 'md', '-o', '--'],
        '-o needs a value; to start a value with a dash, write --output=-x.',
      ],
      [['claims', 'D', '--json=yes'], '--json takes no value, not "yes".'],
      [['approve', 'D', 'I', '--withdraw='], '--withdraw takes no value, not "".'],
    ];
    for (const [argv, sentence] of cases) expect(() => parse(argv), argv.join(' ')).toThrow(sentence);
  });

  it('answers --help for any command, and lists every command in the usage text', () => {
    expect(parse([])).toBe('help');
    expect(parse(['import', '--help'])).toBe('help');
    expect(parse(['-h'])).toBe('help');
    for (const entry of commands) expect(usageText).toContain(`factdesk ${entry.words.join(' ')} `);
  });

  it('answers --version or -v anywhere, and refuses any other option given with no command', () => {
    expect(parse(['--version'])).toBe('version');
    expect(parse(['-v'])).toBe('version');
    expect(parse(['claims', 'DIR', '--version'])).toBe('version');
    expect(() => parse(['--bogus'])).toThrow('--bogus is not an option of any factdesk command.');
    expect(() => parse(['-x'])).toThrow('-x is not an option of any factdesk command.');
    expect(() => parse(['--title', 'T'])).toThrow(
      '--title needs a command: it is an option of new, cite, project.',
    );
  });

  it('names every option of a command in its usage lines (the passphrase file in the last lines)', () => {
    const missing = commands.flatMap((entry) =>
      entry.options
        .filter((option) => option !== 'passphrase-file')
        .map((option) => (option === 'output' ? '-o' : `--${option}`))
        .filter((flag) => !new RegExp(`${flag}(?![\\w-])`).test(entry.usage))
        .map((flag) => `${entry.words.join(' ')} ${flag}`),
    );
    expect(missing).toEqual([]);
    expect(usageText).toContain('--passphrase-file F');
  });

  it('knows no option that no command takes', () => {
    const used = new Set<OptionName>(['help', 'version', ...commands.flatMap((entry) => entry.options)]);
    expect(Object.keys(optionTypes).filter((option) => !used.has(option as OptionName))).toEqual([]);
  });
});
