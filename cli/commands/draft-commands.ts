import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { rankSentences } from '../../shared/ranking';
import { loadLanguageDetector } from '../../shared/claims';
import { UserError } from '../../shared/errors';
import { claimRow } from '../../core/project/views';
import { buildDocument } from '../../core/drafts/build-document';
import { readDraftFile } from '../../core/drafts/read-draft';
import { claimsJson, claimsText } from '../output';
import type { CommandResult } from './project-commands';

/** `factdesk extract FILE [--json]`: the claims found in one draft, no project needed. */
export async function extractFile(file: string, json: boolean): Promise<CommandResult> {
  const draft = await readDraftFile(file);
  await loadLanguageDetector();
  const doc = buildDocument(draft, userInfo().username);
  const rows = doc.claims.map((claim) => claimRow(doc, claim));
  return { stdout: json ? claimsJson(rows) : claimsText(rows) };
}

/** `factdesk rank [FILE]`: one sentence a line in (stdin or FILE), one score in [0,1] a line out. */
export async function rankLines(
  file: string | undefined,
  stdin: () => Promise<string>,
): Promise<CommandResult> {
  let input: string;
  try {
    input = file === undefined ? await stdin() : await readFile(file, 'utf8');
  } catch {
    throw new UserError(`Factdesk cannot read ${file ?? 'standard input'}.`);
  }
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const scores = rankSentences(lines);
  return { stdout: scores.map((score) => `${score.toFixed(4)}\n`).join('') };
}
