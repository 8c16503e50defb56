import { userInfo } from 'node:os';
import { claimChecklist } from '../../shared/domain/checklists';
import { UserError } from '../../shared/errors';
import { now } from '../../core/project/ids';
import { checkerName, UsageError } from '../cli-error';
import { withProject, type CommandResult } from './project-commands';

/**
 * `factdesk tick DIR CLAIM_ID [ITEM] [--undo] [--by NAME]`: ticks item ITEM (its number in the claim's
 * checklist, from 1) through the one write path, or unticks it with --undo; without ITEM it prints the
 * checklist, numbered, with what is ticked.
 */
export async function tickCommand(
  dir: string,
  claimId: string,
  item: string | undefined,
  undo: boolean,
  by: string | undefined,
): Promise<CommandResult> {
  if (item !== undefined && !/^[1-9]\d{0,2}$/.test(item)) {
    throw new UsageError(`ITEM is the item's number in the claim's checklist (1, 2, …), not "${item}".`);
  }
  if (item === undefined && undo) throw new UsageError('--undo needs the number of the item to untick.');
  return withProject(
    dir,
    async (project) => {
      const documentId = await project.locateClaim(claimId);
      const claim = (await project.loadDocument(documentId)).claims.find((entry) => entry.id === claimId)!;
      const list = project.checklists[claim.kind];
      if (item !== undefined) {
        const entry = list[Number(item) - 1];
        if (!entry) {
          throw new UserError(
            `Claim ${claimId}'s checklist has ${list.length} items; there is no item ${item}.`,
            'not-found',
          );
        }
        const at = { by: checkerName(by, userInfo().username), at: now() };
        const operation = { type: 'tick' as const, claimId, item: entry.id, label: entry.text, done: !undo };
        await project.changeClaim(claimId, [operation], at);
      }
      const entries = claimChecklist(project.checklists, project.claimRow(claimId));
      const done = entries.filter((entry) => entry.done).length;
      const lines = entries.map(
        (entry, index) => `  ${entry.done ? '[x]' : '[ ]'} ${index + 1}. ${entry.item}`,
      );
      return {
        stdout: `Claim ${claimId} (${claim.kind}): ${done} of ${entries.length} done.\n${lines.join('\n')}\n`,
      };
    },
    { documents: 'on-demand' },
  );
}
