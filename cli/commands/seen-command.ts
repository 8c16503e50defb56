import { dirname, resolve } from 'node:path';
import { OpenProject } from '../../core/project/open-project';
import { readDeskMemory } from '../../core/seen/desk-memory';
import type { SeenMatch } from '../../core/seen/seen-index';
import { earlierClaimView } from '../../core/seen/earlier-claim-view';
import { oneLine } from '../output';
import { projectAccess } from '../passphrase-option';
import type { CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

/** At most this many earlier claims are listed per claim, best first. */
export const SEEN_LIMIT = 10;

/**
 * `factdesk seen DIR [--in PROJECT|FOLDER]... [--json]`: for each claim of DIR, the claims given a
 * verdict in the other projects that state the same thing. Without `--in`, the projects beside DIR
 * (in its parent folder) are the desk. Projects that cannot be read are named on stderr and skipped.
 */
export async function seenCommand(
  dir: string,
  sources: readonly string[] | undefined,
  json: boolean,
): Promise<CommandResult> {
  const folder = resolve(dir);
  // DIR is opened first: a mistake in it is refused before the desk is read.
  const project = await OpenProject.open(folder, { ...projectAccess(), tool: TOOL, readOnly: true });
  try {
    const paths = sources && sources.length > 0 ? sources : [dirname(folder)];
    const memory = await readDeskMemory(paths, { except: project.dir, access: projectAccess() });
    const found: { claimId: string; quote: string; matches: SeenMatch[] }[] = [];
    for (const doc of project.allDocuments()) {
      for (const claim of doc.claims) {
        const matches = memory.index.lookup(claim, project.dir).slice(0, SEEN_LIMIT);
        found.push({ claimId: claim.id, quote: claim.quote, matches });
      }
    }
    const stderr = memory.skipped.map((s) => `Skipped ${s.folder}: ${s.reason}\n`).join('');
    if (json) {
      const out = found.map(({ claimId, matches }) => ({ claimId, matches: matches.map(earlierClaimView) }));
      return { stdout: `${JSON.stringify(out, null, 2)}\n`, ...(stderr ? { stderr } : {}) };
    }
    const seen = found.filter((f) => f.matches.length > 0);
    const lines = seen.map(
      ({ claimId, quote, matches }) =>
        `${claimId}  ${oneLine(quote, 100)}\n${matches.map(matchLine).join('')}`,
    );
    const summary = `${seen.length} of ${found.length} claims checked before, in ${memory.projects.length} other project${memory.projects.length === 1 ? '' : 's'}.\n`;
    return { stdout: `${lines.join('')}${summary}`, ...(stderr ? { stderr } : {}) };
  } finally {
    await project.close();
  }
}

function matchLine({ claim }: SeenMatch): string {
  const who = claim.checker ? ` by ${claim.checker}` : '';
  const cited = claim.citations.length > 0 ? ` [${claim.citations.length} cited]` : '';
  return `    ${claim.status.padEnd(10)} ${claim.checkedAt.slice(0, 10)}${who} in "${oneLine(claim.projectTitle, 60)}" (${claim.claimId}): ${oneLine(claim.quote, 80)}${cited}\n`;
}
