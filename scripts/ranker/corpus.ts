// The ranker's training and development data, read from the repository (data/checkworthiness/…), and
// the optional CLEF 2019 comparison set, read only from the folder FACTDESK_CLEF2019_DIR names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCheckThat } from '../../shared/ranking/checkthat';
import type { LabelledSentence } from '../../shared/ranking/checkthat';
import { parseClef } from '../../shared/ranking/clef';
import type { ClefLine } from '../../shared/ranking/clef';

export const DATA_FOLDER = path.join('data', 'checkworthiness', 'claimbuster-checkthat2024');

export interface Corpus {
  /** CheckThat! 2024 English train: the shipped model learns from these alone. */
  readonly train: LabelledSentence[];
  /** CheckThat! 2024 English dev: figures and the worth-checking threshold. */
  readonly dev: LabelledSentence[];
}

/** Reads the training and development splits from the repository at `root`. */
export function readCorpus(root: string): Corpus {
  const read = (name: string): LabelledSentence[] =>
    parseCheckThat(readFileSync(path.join(root, DATA_FOLDER, name), 'utf8'));
  return {
    train: read('CT24_checkworthy_english_train.tsv'),
    dev: read('CT24_checkworthy_english_dev.tsv'),
  };
}

export interface ClefDebate {
  readonly file: string;
  readonly lines: ClefLine[];
}

/**
 * The CLEF 2019 task 1 training debates, from `$FACTDESK_CLEF2019_DIR/training` (or the folder itself
 * when it holds the .tsv files). The set is licensed for research use only: it is never copied into the
 * repository nor used to train the shipped model. Returns the reason instead when it is not available.
 */
export function readClef2019(
  env: NodeJS.ProcessEnv = process.env,
): { debates: ClefDebate[] } | { skipped: string } {
  const dir = env.FACTDESK_CLEF2019_DIR;
  if (!dir) return { skipped: 'FACTDESK_CLEF2019_DIR is not set' };
  const folder = existsSync(path.join(dir, 'training')) ? path.join(dir, 'training') : dir;
  if (!existsSync(folder)) return { skipped: `${folder} does not exist` };
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  if (files.length === 0) return { skipped: `${folder} holds no .tsv files` };
  return {
    debates: files.map((file) => ({ file, lines: parseClef(readFileSync(path.join(folder, file), 'utf8')) })),
  };
}
