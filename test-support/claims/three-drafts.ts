import { join } from 'node:path';
import { buildDocument } from '../../core/drafts/build-document';
import { readDraftFile } from '../../core/drafts/read-draft';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { OpenProject } from '../../core/project/open-project';
import { SEED_SAMPLE, tempDir } from '../temp-dir';

/** A closed project folder of three drafts of the seed sample, each with the claims found in it. */
export async function projectOfThreeDrafts(title: string): Promise<string> {
  const dir = join(await tempDir(), `${title}.factdesk`);
  const project = await OpenProject.create(dir, title, { tool: 'test' });
  const text = await readDraftFile(SEED_SAMPLE);
  await project.addDocuments([0, 1, 2].map(() => buildDocument(findClaimsIn(text), 'Ana')));
  await project.close();
  return dir;
}
