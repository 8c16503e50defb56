import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parserSentence } from './option-mistakes';

/** The error Node's parser throws for `args`, strictly, with a note, a switch and -o. */
function nodeError(args: string[], allowPositionals = true): unknown {
  try {
    parseArgs({
      args,
      options: {
        note: { type: 'string' },
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
      },
      strict: true,
      allowPositionals,
    });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs took ${args.join(' ')}`);
}

describe("Node's parseArgs errors", () => {
  it('each become a Factdesk sentence', () => {
    const cases: [unknown, string][] = [
      [nodeError(['--note']), '--note needs a value.'],
      [nodeError(['--note', '--json']), '--note needs a value.'],
      [nodeError(['-o']), '-o needs a value.'],
      [nodeError(['-o', '-x']), '-o needs a value.'],
      [nodeError(['--json=1']), '--json takes no value.'],
      [nodeError(['--bogus']), '--bogus is not an option of any factdesk command.'],
      [nodeError(['stray'], false), '"stray" is one argument too many.'],
      [new Error('something else'), 'The command line cannot be read: check its options and their values.'],
    ];
    for (const [error, sentence] of cases) {
      expect(parserSentence(error)).toBe(sentence);
      expect(parserSentence(error)).not.toMatch(/Option '|argument (missing|is ambiguous)|Unknown option/);
    }
  });
});
