import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../test-support/safety/seed-project';
import { expectRefusal, factdesk } from '../test-support/run-factdesk';
import { tempDir } from '../test-support/temp-dir';

const PASSPHRASE = 'correct horse battery staple';
const withPassphrase = { env: { FACTDESK_PASSPHRASE: PASSPHRASE } };

describe('factdesk report and citations on an encrypted project, and cite’s new options', () => {
  it('reads and writes with the passphrase, refuses without it, and keeps archived and confidential sources', async () => {
    const root = await tempDir();
    const dir = join(root, 'secret.factdesk');
    const passphraseFile = join(root, 'passphrase.txt');
    await writeFile(passphraseFile, `${PASSPHRASE}\n`);
    expect(factdesk(['new', dir], withPassphrase).code).toBe(0);
    expect(factdesk(['import', dir, SEED_ARTICLE], withPassphrase).code).toBe(0);
    const [first, second] = JSON.parse(factdesk(['claims', dir, '--json'], withPassphrase).stdout);
    expect(factdesk(['mark', dir, first.id, 'verified'], withPassphrase).code).toBe(0);
    const open = factdesk(
      [
        'cite',
        dir,
        first.id,
        '--url',
        'https://open.example/budget',
        '--title',
        'Open budget table',
        '--date',
        '2022-02-03',
        '--archived-url',
        'https://web.archive.example/2022/open.example/budget',
      ],
      withPassphrase,
    );
    expect(open.code, open.stderr).toBe(0);
    const hidden = factdesk(
      [
        'cite',
        dir,
        first.id,
        '--url',
        'https://whistle.example/leak',
        '--title',
        'Ministry insider',
        '--stance',
        'refutes',
        '--confidential',
        '--passphrase-file',
        passphraseFile,
      ],
      {},
    );
    expect(hidden.code, hidden.stderr).toBe(0);
    expectRefusal(
      factdesk(
        ['cite', dir, second.id, '--url', 'https://a.example/', '--archived-url', 'javascript:alert(1)'],
        withPassphrase,
      ),
      /must start with https:\/\/ or http:\/\//,
    );

    const cited = JSON.parse(factdesk(['claims', dir, '--json'], withPassphrase).stdout)[0].citations;
    expect(cited).toEqual([
      expect.objectContaining({
        title: 'Open budget table',
        date: '2022-02-03',
        archivedUrl: 'https://web.archive.example/2022/open.example/budget',
      }),
      expect.objectContaining({ title: 'Ministry insider', stance: 'refutes', confidential: true }),
    ]);
    expect(cited[0]).not.toHaveProperty('confidential');

    // The app's "enter its passphrase" becomes what to give on the command line, on stderr and in JSON.
    const locked = factdesk(['report', dir, '--format', 'html']);
    expectRefusal(
      locked,
      /^factdesk \[passphrase-needed\]: This project is encrypted: give its passphrase with --passphrase-file FILE \(the file’s first line\) or in FACTDESK_PASSPHRASE\.\n$/,
    );
    const lockedJson = factdesk(['claims', dir, '--json']);
    expect(JSON.parse(lockedJson.stdout).error.message).toMatch(
      /--passphrase-file FILE .* FACTDESK_PASSPHRASE/,
    );
    expectRefusal(
      factdesk(['report', dir, '--format', 'md'], { env: { FACTDESK_PASSPHRASE: 'wrong guess' } }),
      /not the passphrase of this project/,
    );
    const html = factdesk(['report', dir, '--format', 'html'], withPassphrase);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('https://web.archive.example/2022/open.example/budget');
    expect(html.stdout).toContain('Confidential source (withheld)');
    expect(html.stdout).not.toContain('whistle.example');
    expect(html.stdout).not.toContain('Ministry insider');
    const json = factdesk(['report', dir, '--format', 'json', '--passphrase-file', passphraseFile]);
    expect(JSON.parse(json.stdout).summary.byStatus).toMatchObject({ verified: 1 });

    expectRefusal(factdesk(['citations', 'export', dir, '--format', 'bibtex']), /encrypted/);
    const bib = factdesk(['citations', 'export', dir, '--format', 'bibtex'], withPassphrase);
    expect(bib.code, bib.stderr).toBe(0);
    expect(bib.stdout).toContain('Open budget table');
    expect(bib.stdout).not.toContain('Ministry insider');
    expect(bib.stderr).toContain('left out 1 confidential source');

    const ris = join(root, 'refs.ris');
    await writeFile(
      ris,
      'TY  - ELEC\nTI  - Statistics office release\nUR  - https://stat.example/r\nER  - \n',
    );
    expectRefusal(factdesk(['citations', 'import', dir, second.id, ris]), /encrypted/);
    const imported = factdesk(['citations', 'import', dir, second.id, ris], withPassphrase);
    expect(imported.stdout, imported.stderr).toBe(`Added 1 citation to ${second.id}.\n`);
    const after = JSON.parse(factdesk(['claims', dir, '--json'], withPassphrase).stdout)[1];
    expect(after.citations[0]).toMatchObject({
      title: 'Statistics office release',
      url: 'https://stat.example/r',
    });
  }, 240_000); // about twenty CLI runs, each deriving the key with scrypt
});
