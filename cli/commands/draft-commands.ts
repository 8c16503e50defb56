import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { rankSentences } from '../../shared/ranking';
import { UserError } from '../../shared/errors';
import { readRefusal } from '../../core/storage/json-file-adapter';
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
 * probability of being worth checking a line out (6 decimals, so that rankings keep their order), an
 * empty line for a blank one. Sentences not in English are scored on language-independent cues only.
 */
export async function rankLines(
  file: string | undefined,
  stdin: () => Promise<Uint8Array>,
  language?: string,
): Promise<CommandResult> {
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    throw new UsageError(`--language must be a language tag such as en or de, not "${language}".`);
  }
  let bytes: Uint8Array;
  try {
    bytes = file === undefined ? await stdin() : await readFile(file);
  } catch (error) {
    throw readRefusal(file ?? 'standard input', error);
  }
  // A binary file would be scored line by line as if its bytes were sentences: refused instead.
  if (!isUtf8(bytes) || bytes.includes(0)) {
    throw new UserError(
      `${file ?? 'Standard input'} is not text (it holds bytes that are not UTF-8 text), so nothing was scored.`,
      'unreadable-draft',
    );
  }
  // Lines as programs count them (wc -l, a loop over lines): a line ends at LF, or CR LF; a lone CR
  // stays inside its line, so each score stays beside its sentence.
  const lines = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  // A blank line is no sentence: it gets an empty line out, so output lines stay beside input lines.
  const sentences = lines.filter((line) => line.trim() !== '');
  const scores = rankSentences(sentences, { language }).values();
  const out = lines.map((line) => (line.trim() === '' ? '\n' : `${scores.next().value!.toFixed(6)}\n`));
  return { stdout: out.join('') };
}
