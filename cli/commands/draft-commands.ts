import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { rankSentences } from '../../shared/ranking';
import { UserError } from '../../shared/errors';
import { claimRow } from '../../core/project/views';
import { buildDocument } from '../../core/drafts/build-document';
import { inlineRunner } from '../../core/extraction/extraction-runner';
import { UsageError } from '../cli-error';
import { claimsJson, claimsText } from '../output';
import type { CommandResult } from './project-commands';

/** `factdesk extract FILE [--json]`: the claims found in one draft, no project needed. */
export async function extractFile(file: string, json: boolean): Promise<CommandResult> {
  const doc = buildDocument(
    await inlineRunner.run({ source: { kind: 'file', path: file } }),
    userInfo().username,
  );
  const rows = doc.claims.map((claim) => claimRow(doc, claim));
  return { stdout: json ? claimsJson(rows, [doc]) : claimsText(rows) };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * `factdesk rank [FILE] [--language TAG]`: one sentence a line in (stdin or FILE), one calibrated
 * probability of being worth checking a line out (6 decimals, so that rankings keep their order).
 * Sentences not in English are scored on language-independent cues only.
 */
export async function rankLines(
  file: string | undefined,
  stdin: () => Promise<string>,
  language?: string,
): Promise<CommandResult> {
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    throw new UsageError(`--language must be a language tag such as en or de, not "${language}".`);
  }
  let input: string;
  try {
    input = file === undefined ? await stdin() : await readFile(file, 'utf8');
  } catch {
    throw new UserError(`Factdesk cannot read ${file ?? 'standard input'}.`, 'io-failed');
  }
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const scores = rankSentences(lines, { language });
  return { stdout: scores.map((score) => `${score.toFixed(6)}\n`).join('') };
}
