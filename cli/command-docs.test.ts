import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../test-support/repo-files';
import { commands } from './commands';

/** The rows of docs/command-line.md's command table: the command and its arguments' code span. */
function documentedArguments(): Map<string, string> {
  const doc = readRepoFile('docs/command-line.md');
  const table = doc.slice(doc.indexOf('## Commands'), doc.indexOf('\n\n', doc.indexOf('| command |')));
  const rows = [...table.matchAll(/^\| `([a-z ]+)` \| `([^`]*)`/gm)];
  return new Map(rows.map(([, command, args]) => [command!, args!.replaceAll('\\|', '|')]));
}

describe('docs/command-line.md', () => {
  it("writes each command's arguments as its --help line does", () => {
    const documented = documentedArguments();
    expect([...documented.keys()].sort()).toEqual(commands.map((entry) => entry.words.join(' ')).sort());
    for (const entry of commands) {
      const name = entry.words.join(' ');
      expect(entry.usage, name).toContain(`factdesk ${name} ${documented.get(name)}`);
    }
  });
});
