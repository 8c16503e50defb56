import type { ClaimRow } from '../shared/ipc';
import type { OpenProject } from '../core/project/open-project';

/** Sets a claim's note through the project's one write path, as checker "Ana". */
export function setNote(project: OpenProject, claimId: string, note: string): Promise<ClaimRow> {
  return project.changeClaim(claimId, [{ type: 'setNote', claimId, note }], {
    by: 'Ana',
    at: new Date().toISOString(),
  });
}
