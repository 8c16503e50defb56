import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots } from '../backups/list-snapshots';
import { restoreSnapshot } from '../backups/restore-snapshot';
import { buildCitation } from '../citations/build-citation';
import { OpenProject } from '../project/open-project';
import { folderState } from '../../test-support/safety/folder-state';
import { seedProject } from '../../test-support/safety/seed-project';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import { ENCRYPTION_FILE } from './encryption-header';
import { PASSPHRASE_NEEDED } from './project-codec';

const PASSPHRASE = 'correct horse battery staple';
const SECRET_QUOTE = 'Transcript of a confidential source';

async function encryptedProject() {
  const root = await tempDir();
  const dir = join(root, 'secret.factdesk');
  const claims = await seedProject(dir, { passphrase: PASSPHRASE, kdfLogN: 15 });
  const evidence = join(root, 'evidence.txt');
  await writeFile(evidence, SECRET_QUOTE);
  const project = await OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE }); // and a backup
  const citation = await buildCitation(
    dir,
    { filePath: evidence, title: '', quote: 'q', stance: 'supports' },
    'Ana',
    project.codec,
  );
  await project.changeClaim(claims[0]!, [{ type: 'addCitation', claimId: claims[0]!, citation }], {
    by: 'Ana',
    at: new Date().toISOString(),
  });
  await project.close();
  return { dir, claims, citation };
}

/** Every file of a folder, recursively, with its bytes. */
async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('an encrypted project', () => {
  it('keeps every file but its header encrypted: documents, project, attachments, backups', async () => {
    const { dir, citation } = await encryptedProject();
    const header = JSON.parse(await readFile(join(dir, ENCRYPTION_FILE), 'utf8'));
    expect(header).toMatchObject({ cipher: 'aes-256-gcm', kdf: { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 } });
    expect(Buffer.from(header.kdf.salt, 'base64')).toHaveLength(32);
    const files = await allFiles(dir);
    expect([...files.keys()].some((path) => path.includes('/backups/'))).toBe(true);
    expect(citation.file?.path).toMatch(/^attachments\/[0-9a-f]{64}$/);
    expect(citation.file?.path).not.toContain(citation.file!.sha256);
    for (const [path, bytes] of files) {
      if (path.endsWith(ENCRYPTION_FILE) || path.endsWith('snapshot.json')) continue;
      expect(bytes.subarray(0, 4).toString('latin1'), path).toBe('FDX1');
      for (const secret of ['Stoltenberg', 'Safety desk', SECRET_QUOTE, PASSPHRASE, 'factdesk-document'])
        expect(bytes.includes(secret), `${secret} in ${path}`).toBe(false);
    }
    const reopened = await OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE, readOnly: true });
    expect(reopened.view().title).toBe('Safety desk');
    expect((await reopened.claimRows())[0]!.citations[0]!.file?.name).toBe('evidence.txt');
  });

  it('asks for the passphrase, refuses a wrong one, and writes nothing either way', async () => {
    const { dir } = await encryptedProject();
    const before = await folderState(dir);
    await expect(OpenProject.open(dir, { tool: 't' })).rejects.toThrow(PASSPHRASE_NEEDED);
    await expect(
      OpenProject.open(dir, { tool: 't', passphrase: 'wrong horse battery staple' }),
    ).rejects.toThrow(
      'That passphrase is not the passphrase of this project; nothing was opened or changed.',
    );
    expect(await folderState(dir)).toEqual(before);
  });

  it('refuses a tampered, swapped or planted file by its authentication, naming it, and offers a backup', async () => {
    const { dir } = await encryptedProject();
    const [first, second] = (await readdir(join(dir, 'documents'))).sort();
    const path = (name: string) => join(dir, 'documents', name);
    const intact = await readFile(path(first!));
    const tampered = Buffer.from(intact);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 40) ^ 1, tampered.length - 40);
    const cases: [Buffer, RegExp][] = [
      [
        tampered,
        /could not be decrypted: it was changed or damaged outside Factdesk \(its authentication check failed\)/,
      ],
      [await readFile(path(second!)), /could not be decrypted/],
      [Buffer.from('{"format":"factdesk-document"}'), /is not encrypted though this project is/],
      [intact.subarray(0, 20), /could not be decrypted/],
    ];
    for (const [bytes, message] of cases) {
      await writeFile(path(first!), bytes);
      const before = await folderState(dir);
      const open = OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE });
      await expect(open).rejects.toThrow(message);
      await expect(open).rejects.toThrow(
        new RegExp(`documents/${first}.*newest good backup (is|instead \\() ?\\d{8}T\\d{9}Z-open`),
      );
      expect(await folderState(dir)).toEqual(before);
    }
    const [backup] = await listSnapshots(dir);
    await restoreSnapshot(dir, backup!.info.name, { tool: 't', access: { passphrase: PASSPHRASE } });
    await (await OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE })).close();
  });

  it('explains a missing or damaged header, and a passphrase too short to create with', async () => {
    const { dir } = await encryptedProject();
    const header = await readFile(join(dir, ENCRYPTION_FILE), 'utf8');
    await writeFile(join(dir, ENCRYPTION_FILE), header.replace(/"N": \d+/, '"N": 4194304'));
    await expect(OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE })).rejects.toThrow(
      /encryption\.json is damaged/,
    );
    await writeFile(
      join(dir, ENCRYPTION_FILE),
      header.replace(/"salt": "[^"]+"/, `"salt": "${Buffer.alloc(32, 7).toString('base64')}"`),
    );
    await expect(OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE })).rejects.toThrow(
      /not the passphrase/,
    );
    await writeFile(join(dir, ENCRYPTION_FILE), 'x');
    await expect(OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE })).rejects.toThrow(
      /encryption\.json is damaged/,
    );
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, ENCRYPTION_FILE));
    await expect(OpenProject.open(dir, { tool: 't', passphrase: PASSPHRASE })).rejects.toThrow(
      /project\.json is encrypted, but this project has no encryption\.json/,
    );
    const fresh = join(await tempDir(), 'short.factdesk');
    await expect(OpenProject.create(fresh, 'x', { tool: 't', passphrase: 'short' })).rejects.toThrow(
      'A passphrase needs at least 8 characters.',
    );
    await expect(readdir(fresh)).rejects.toThrow();
  });

  it('is created and opened through the IPC contract with a passphrase', async () => {
    const { call, raw } = await servicesWithRouter();
    const dir = join(await tempDir(), 'ipc-secret.factdesk');
    await call('project:create', { dir, title: 'Secret desk', passphrase: PASSPHRASE });
    await call('documents:importText', { fileName: 'a.txt', text: 'In 2023, 40 percent of voters agreed.' });
    await call('project:close', {});
    expect(await raw('project:open', { dir })).toEqual({
      ok: false,
      error: { code: 'passphrase-needed', message: PASSPHRASE_NEEDED },
    });
    expect(await raw('project:open', { dir, passphrase: 'not it at all' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect((await call('project:open', { dir, passphrase: PASSPHRASE })).title).toBe('Secret desk');
    expect((await readFile(join(dir, 'project.json'))).subarray(0, 4).toString()).toBe('FDX1');
  });
});
