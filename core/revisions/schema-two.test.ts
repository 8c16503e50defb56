import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DocumentSchema } from '../../shared/domain';
import { migrate } from '../../shared/schema/migrate';
import { documentMigrations, projectMigrations } from '../../shared/schema/migrations';
import { buildDocument } from '../drafts/build-document';
import { findClaimsIn } from '../extraction/extraction-job';
import { OpenProject } from '../project/open-project';
import { tempDir } from '../../test-support/temp-dir';
import { original } from '../../test-support/revisions/sample-variants';
import { setNote } from '../../test-support/claim-changes';

const asVersionOne = (raw: Record<string, unknown>) => ({ ...raw, schemaVersion: 1 });

describe('schema 2 (document versions and re-anchoring flags)', () => {
  it('1 → 2 → current keeps every field of a document and a project file', () => {
    const doc = asVersionOne(
      buildDocument(findClaimsIn({ fileName: 'a.txt', format: 'txt', text: original }), 'T'),
    );
    expect(migrate(doc, 2, documentMigrations, 'a.json')).toEqual({ ...doc, schemaVersion: 2 });
    const migrated = migrate(doc, CURRENT_SCHEMA_VERSION, documentMigrations, 'a.json');
    expect(migrated).toEqual({ ...doc, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(DocumentSchema.safeParse(migrated).success).toBe(true);
    const project = { schemaVersion: 1, format: 'factdesk-project', title: 'P', documents: [] };
    expect(migrate(project, CURRENT_SCHEMA_VERSION, projectMigrations, 'project.json')).toEqual({
      ...project,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });

  it('opens a project written at schema 1 and writes the current schema only when something changes', async () => {
    const dir = join(await tempDir(), 'old.factdesk');
    const project = await OpenProject.create(dir, 'Old', { tool: 'test', backups: false });
    const doc = buildDocument(findClaimsIn({ fileName: 'a.txt', format: 'txt', text: original }), 'T');
    await project.addDocument(doc);
    await project.close();
    const docPath = join(dir, 'documents', `${doc.id}.json`);
    for (const path of [join(dir, 'project.json'), docPath]) {
      const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      await writeFile(path, JSON.stringify(asVersionOne(raw)));
    }
    const before = await readFile(docPath, 'utf8');

    const reopened = await OpenProject.open(dir, { tool: 'test', backups: false });
    expect(reopened.document(doc.id).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(await readFile(docPath, 'utf8')).toBe(before);
    await setNote(reopened, doc.claims[0]!.id, 'checked');
    await reopened.close();
    const written = JSON.parse(await readFile(docPath, 'utf8')) as {
      schemaVersion: number;
      claims: unknown[];
    };
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(written.claims).toHaveLength(doc.claims.length);
  });
});
