import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../core/backups/take-snapshot';
import { tempDir } from '../../test-support/temp-dir';
import { SEED_ARTICLE } from '../../test-support/safety/seed-project';
import { expectRefusal, factdesk } from '../../test-support/run-factdesk';

const PASSPHRASE = 'a long and secret passphrase';

// Each case runs the real bin many times (scrypt for the encrypted one); a busy machine needs minutes.
describe('factdesk restore and encrypted projects on the command line', { timeout: 180_000 }, () => {
  it('restores the backup a damaged project names, with the very command it prints', async () => {
    const dir = join(await tempDir(), 'cli.factdesk');
    expect(factdesk(['new', dir]).code).toBe(0);
    expect(factdesk(['import', dir, SEED_ARTICLE]).code).toBe(0);
    const id = JSON.parse(factdesk(['claims', dir, '--json']).stdout)[0].id;
    expect(factdesk(['mark', dir, id, 'verified']).code).toBe(0);
    await takeSnapshot(dir, 'manual', { now: () => new Date() }); // as the app does every 10 minutes of editing
    expect(factdesk(['restore', dir]).stdout).toMatch(
      /^Backups of .*, newest first:\n\d{8}T\d{9}Z-manual .* 1 document {2}\(newest good\)\n\d{8}T\d{9}Z-editing .* 1 document\n/,
    );
    await writeFile(join(dir, 'project.json'), '{');
    const refused = factdesk(['claims', dir]);
    expectRefusal(
      refused,
      /project\.json is damaged: it is not valid JSON\. It was left untouched\. To mend it, Factdesk puts back project\.json from the backup of .*\(Mend in the app, or factdesk mend ".*"\)\. Restoring the whole newest good backup instead/,
    );
    const command = /factdesk (restore ".*" \S+)\)\.\n/.exec(refused.stderr)![1]!;
    const [, quotedDir, backup] = /^restore "(.*)" (\S+)$/.exec(command)!;
    const restored = factdesk(['restore', quotedDir!, backup!]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(
      /^Restored backup .*\nThe project as it was before is kept as backup \d{8}T\d{9}Z-before-restore\.\nDamaged files moved aside: project\.json\.damaged-/,
    );
    const after = JSON.parse(factdesk(['claims', dir, '--json']).stdout);
    expect(after.find((claim: { id: string }) => claim.id === id).status).toBe('verified');
    expectRefusal(factdesk(['restore', dir, '../../etc']), /is not the name of a backup/);
  });

  it('creates and works an encrypted project with --passphrase-file or FACTDESK_PASSPHRASE', async () => {
    const root = await tempDir();
    const dir = join(root, 'secret.factdesk');
    const file = join(root, 'passphrase.txt');
    await writeFile(file, `${PASSPHRASE}\n`);
    expect(factdesk(['new', dir, '--passphrase-file', file]).code).toBe(0);
    expect(factdesk(['import', dir, SEED_ARTICLE], { env: { FACTDESK_PASSPHRASE: PASSPHRASE } }).code).toBe(
      0,
    );
    expectRefusal(
      factdesk(['claims', dir]),
      /This project is encrypted: give its passphrase with --passphrase-file FILE \(the file’s first line\) or in FACTDESK_PASSPHRASE\./,
    );
    expectRefusal(
      factdesk(['claims', dir], { env: { FACTDESK_PASSPHRASE: 'not the passphrase' } }),
      /not the passphrase of this project/,
    );
    const claims = JSON.parse(factdesk(['claims', dir, '--json', '--passphrase-file', file]).stdout);
    expect(claims.length).toBeGreaterThan(5);
    expect((await readFile(join(dir, 'project.json'))).subarray(0, 4).toString()).toBe('FDX1');
    await writeFile(join(root, 'empty.txt'), '');
    expectRefusal(
      factdesk(['claims', dir, '--passphrase-file', join(root, 'empty.txt')]),
      /The passphrase file .* is empty\./,
    );
    expectRefusal(
      factdesk(['claims', dir, '--passphrase-file', join(root, 'none.txt')]),
      /cannot read the passphrase file .*: it does not exist\./,
    );
    expect(factdesk(['restore', dir], { env: { FACTDESK_PASSPHRASE: PASSPHRASE } }).stdout).toMatch(
      /\(newest good\)/,
    );
  });

  it('mends an encrypted project with the command its damage message prints, keeping later work', async () => {
    const root = await tempDir();
    const dir = join(root, 'mend.factdesk');
    const env = { FACTDESK_PASSPHRASE: PASSPHRASE };
    await writeFile(join(root, 'late.txt'), 'In 2023, 40 percent of voters agreed.\n');
    expect(factdesk(['new', dir], { env }).code).toBe(0);
    expect(factdesk(['import', dir, SEED_ARTICLE], { env }).code).toBe(0);
    await takeSnapshot(dir, 'manual', { now: () => new Date() });
    expect(factdesk(['import', dir, join(root, 'late.txt')], { env }).code).toBe(0);
    const claims = JSON.parse(factdesk(['claims', dir, '--json'], { env }).stdout);
    const seed = claims[0];
    const lateClaims = claims.filter((claim: { documentId: string }) => claim.documentId !== seed.documentId);
    expect(lateClaims.length).toBeGreaterThan(0);
    expect(factdesk(['mark', dir, seed.id, 'verified'], { env }).code).toBe(0);
    await writeFile(join(dir, 'documents', `${seed.documentId}.json`), 'FDX1 not really');
    const refused = factdesk(['claims', dir], { env });
    expectRefusal(refused, /To mend it, Factdesk puts back documents\/.*\.json from the backup of/);
    const [, quotedDir] = /factdesk mend "(.*)"\)/.exec(refused.stderr)!;
    const mended = factdesk(['mend', quotedDir!], { env });
    expect(mended.code, mended.stderr).toBe(0);
    expect(mended.stdout).toMatch(
      /^Mended .*: Factdesk puts back documents\/.*\.json from the backup of .* UTC; every other file is as it was\.\nThe project as it was before is kept as backup \d{8}T\d{9}Z-before-mend\.\nDamaged files moved aside: documents\/.*\.damaged-/,
    );
    const after = JSON.parse(factdesk(['claims', dir, '--json'], { env }).stdout);
    // The late draft stays; the seed draft is back as it was in the backup (before the mark).
    expect(
      after.filter((claim: { id: string }) =>
        lateClaims.some((late: { id: string }) => late.id === claim.id),
      ),
    ).toHaveLength(lateClaims.length);
    expect(after.find((claim: { id: string }) => claim.id === seed.id).status).toBe('unchecked');
    expectRefusal(factdesk(['mend', dir], { env }), /needs mending; nothing was changed\./);
  });
});
