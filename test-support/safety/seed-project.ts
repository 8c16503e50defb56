import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDocument } from '../../core/drafts/build-document';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { OpenProject, type OpenOptions } from '../../core/project/open-project';

/** The seed article shipped with the app. */
export const SEED_ARTICLE = join(process.cwd(), 'resources', 'samples', 'nato-belarus-2022.txt');

/**
 * Makes a project at `dir` with two documents made from the seed article (the second a shortened
 * copy), closed again; returns the ids of its claims.
 */
export async function seedProject(dir: string, options: Partial<OpenOptions> = {}): Promise<string[]> {
  const text = (await readFile(SEED_ARTICLE, 'utf8')).replace(/\r\n?/g, '\n');
  const project = await OpenProject.create(dir, 'Safety desk', { tool: 'safety seed', ...options });
  await project.addDocuments([
    buildDocument(findClaimsIn({ fileName: 'nato-belarus-2022.txt', format: 'txt', text }), 'Seeder'),
    buildDocument(
      findClaimsIn({
        fileName: 'short.txt',
        format: 'txt',
        text: text.slice(0, Math.floor(text.length / 2)),
      }),
      'Seeder',
    ),
  ]);
  const ids = (await project.claimRows()).map((row) => row.id);
  await project.close();
  return ids;
}
