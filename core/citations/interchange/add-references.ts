import type { Citation } from '../../../shared/domain';
import { buildCitation } from '../build-citation';
import { now } from '../../project/ids';
import type { OpenProject } from '../../project/open-project';
import type { ParsedReferences } from './import-citations';

/** Adds parsed references to one claim as citations (URLs checked again), in one write of its document. */
export async function addReferencesToClaim(
  project: OpenProject,
  claimId: string,
  references: ParsedReferences,
  checker: string,
): Promise<number> {
  await project.locateClaim(claimId);
  const citations: Citation[] = [];
  for (const input of references.citations) citations.push(await buildCitation(project.dir, input, checker));
  await project.changeClaim(
    claimId,
    citations.map((citation) => ({ type: 'addCitation', claimId, citation })),
    { by: checker, at: now() },
  );
  return citations.length;
}
