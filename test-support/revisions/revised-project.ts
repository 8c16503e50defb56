import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inlineRunner } from '../../core/extraction/extraction-runner';
import { buildDocument } from '../../core/drafts/build-document';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { OpenProject, type OpenOptions } from '../../core/project/open-project';
import { tempDir } from '../temp-dir';
import { reviseDocument } from '../../core/revisions/revise-document';
import { changedFigure, deletedSentence, original } from './sample-variants';

/** The three texts of the revised document, oldest first. */
export const TEXTS = [original, changedFigure(), deletedSentence(changedFigure())] as const;

/** A real project on disk with one document loaded in three versions (TEXTS), closed again. */
export async function revisedProject(options: Partial<OpenOptions> = {}) {
  const dir = join(await tempDir(), 'revised.factdesk');
  const project = await OpenProject.create(dir, 'Revised', { tool: 'test', backups: false, ...options });
  const doc = buildDocument(findClaimsIn({ fileName: 'v1.txt', format: 'txt', text: TEXTS[0] }), 'Ana');
  await project.addDocument(doc);
  for (const [index, text] of TEXTS.slice(1).entries()) {
    await reviseDocument(
      project,
      doc.id,
      { kind: 'text', fileName: `v${index + 2}.txt`, text },
      'Ana',
      inlineRunner,
    );
  }
  await project.close();
  const documentFile = join(dir, 'documents', `${doc.id}.json`);
  const versionsFile = join(dir, 'documents', `${doc.id}.versions.json`);
  return { dir, documentId: doc.id, documentFile, versionsFile };
}

/**
 * Rewrites a plain revised project as schema 2 wrote it: each earlier text inside the document's
 * own file (`versions[].text`), schema 2 in every file, and no versions file.
 */
export async function asSchemaTwo(project: Awaited<ReturnType<typeof revisedProject>>): Promise<void> {
  const doc = JSON.parse(await readFile(project.documentFile, 'utf8')) as Record<string, unknown>;
  const versions = JSON.parse(await readFile(project.versionsFile, 'utf8')) as { versions: unknown[] };
  await writeFile(
    project.documentFile,
    JSON.stringify({ ...doc, schemaVersion: 2, versions: versions.versions }),
  );
  const projectFile = join(project.dir, 'project.json');
  const file = JSON.parse(await readFile(projectFile, 'utf8')) as Record<string, unknown>;
  await writeFile(projectFile, JSON.stringify({ ...file, schemaVersion: 2 }));
  await unlink(project.versionsFile);
}
