import { spawn } from 'node:child_process';
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { OpenProject } from '../project/open-project';
import { gitServerForEachTest } from '../../test-support/git-server-per-test';
import { cloneProject } from './clone-project';
import { syncProject } from './sync-project';

/*
 * A clone of a project of more drafts than one group commit holds, from a bare repository served
 * by git http-backend on 127.0.0.1: every draft arrives once with every mark, and a clone killed
 * with SIGKILL at any moment leaves no project, or one that its next open and sync make whole.
 */

const TOKEN = 'tok-51c0e7a3d9';
const DRAFTS = 230;
const author = { name: 'Ana', email: 'ana@factdesk.invalid' };

const git = gitServerForEachTest('factdesk-clone-', TOKEN);

function draft(index: number) {
  const text = `Draft ${index}\n\nThe ministry said ${1_000 + index} soldiers crossed the border on 3 March 2022. Officials counted ${20 + index} vehicles near Brest.`;
  return buildDocument(findClaimsIn({ fileName: `d${index}.txt`, format: 'txt', text }), 'test');
}

/** A shared project of DRAFTS drafts, one claim in ten marked; returns its URL and each claim's status. */
async function published(): Promise<{ url: string; statuses: Map<string, string> }> {
  const url = git.server.createRepo('desk');
  const dir = join(git.root, 'a.factdesk');
  const project = await OpenProject.create(dir, 'Clone test', { tool: 'test' });
  await project.addDocuments(Array.from({ length: DRAFTS }, (_, index) => draft(index)));
  await syncProject(project, { remote: url, credentials: { token: TOKEN }, author });
  const ids = (await project.claimRows()).map((row) => row.id);
  for (const claimId of ids.filter((_, index) => index % 10 === 0)) {
    await project.changeClaim(claimId, [{ type: 'setStatus', claimId, status: 'verified' }], {
      by: 'Ana',
      at: new Date().toISOString(),
    });
  }
  await syncProject(project, { credentials: { token: TOKEN }, author });
  const statuses = new Map((await project.claimRows()).map((row) => [row.id, row.status as string]));
  await project.close();
  return { url, statuses };
}

function isProjectAt(dir: string): Promise<boolean> {
  return access(join(dir, 'project.json')).then(
    () => true,
    () => false,
  );
}

/** The loose objects in the project's .git (objects a fetch brings are in a pack). */
async function looseObjects(dir: string): Promise<string[]> {
  const folders = await readdir(join(dir, '.git', 'objects'));
  const oids: string[] = [];
  for (const folder of folders.filter((name) => /^[0-9a-f]{2}$/.test(name)))
    for (const name of await readdir(join(dir, '.git', 'objects', folder))) oids.push(folder + name);
  return oids;
}

async function statusesOf(project: OpenProject): Promise<Map<string, string>> {
  return new Map((await project.claimRows()).map((row) => [row.id, row.status as string]));
}

/** Temporary files (`.name.<hex>.tmp`) anywhere in the project outside .git. */
async function temporaries(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => !name.startsWith('.git') && name.endsWith('.tmp'));
}

describe('cloning a shared project', { timeout: 600_000 }, () => {
  it('brings every draft once with its marks, through several group commits, and records the remote', async () => {
    const { url, statuses } = await published();
    const dir = join(git.root, 'b.factdesk');
    const clone = await cloneProject(url, dir, { token: TOKEN }, {}, 'test');
    expect(clone.allDocuments()).toHaveLength(DRAFTS);
    expect(await statusesOf(clone)).toEqual(statuses);
    expect(clone.desk?.localState.remote).toBe(url);
    await clone.close();

    const listed = (
      JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { documents: { id: string }[] }
    ).documents.map((entry) => entry.id);
    expect(new Set(listed).size).toBe(DRAFTS);
    expect((await readdir(join(dir, 'documents'))).filter((name) => name.endsWith('.json'))).toHaveLength(
      DRAFTS,
    );
    expect(await temporaries(dir)).toEqual([]);

    // Opened again, nothing is left to fold, and a sync finds nothing to bring or send; it hashes no
    // shared file again (the clone noted each file's blob), so it writes no loose object for one.
    const again = await OpenProject.open(dir, { tool: 'test' });
    expect(await statusesOf(again)).toEqual(statuses);
    const looseBefore = await looseObjects(dir);
    const summary = await syncProject(again, { credentials: { token: TOKEN }, author });
    expect(summary).toMatchObject({ received: 0, sent: 0 });
    const blobsWritten = (await looseObjects(dir)).filter((oid) => !looseBefore.includes(oid));
    // A handful of trees (the root, desk/, desk/bases, desk/logs), never a blob per file.
    expect(blobsWritten.length).toBeLessThan(10);
    await again.close();
  });

  it('leaves no project, or one its next open and sync make whole, when the clone is killed with SIGKILL', async () => {
    const { url, statuses } = await published();
    const outcomes: string[] = [];
    // 'listed': killed as soon as project.json exists, so in the fold of the drafts.
    for (const [round, when] of (['listed', 300, 900, 1_600, 2_400, 3_400] as const).entries()) {
      const dir = join(git.root, `killed-${round}.factdesk`);
      const child = spawn(process.execPath, ['bin/factdesk.mjs', 'clone', url, dir], {
        env: { ...process.env, FACTDESK_PASSPHRASE: '', FACTDESK_GIT_TOKEN: TOKEN },
      });
      let running = true;
      const exited = new Promise((resolve) => child.on('close', resolve)).then(() => (running = false));
      if (when === 'listed') {
        while (running && !(await isProjectAt(dir))) await new Promise((resolve) => setTimeout(resolve, 2));
      } else {
        await new Promise((resolve) => setTimeout(resolve, when));
      }
      child.kill('SIGKILL');
      await exited;
      const isProject = await isProjectAt(dir);
      if (when === 'listed') expect(isProject).toBe(true);
      if (!isProject) {
        outcomes.push('no project');
        await expect(OpenProject.open(dir, { tool: 'test' })).rejects.toThrow();
        continue;
      }
      const written = (await readdir(join(dir, 'documents'))).filter((name) => name.endsWith('.json'));
      outcomes.push(`project (${written.length} drafts written)`);
      const project = await OpenProject.open(dir, { tool: 'test' });
      expect(await statusesOf(project)).toEqual(statuses);
      expect(project.allDocuments()).toHaveLength(DRAFTS);
      const summary = await syncProject(project, { credentials: { token: TOKEN }, author });
      expect(summary).toMatchObject({ remote: url, received: 0, sent: 0 });
      await project.close();
    }
    // Which moments the kills hit depends on the machine's load: the run says which it saw.
    process.stdout.write(`killed clones: ${outcomes.join(', ')}\n`);
  });
});
