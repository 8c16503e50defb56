/** One labelled sentence of the CheckThat! 2024 English task (ClaimBuster sentences). */
export interface LabelledSentence {
  /** ClaimBuster's sentence id: ids run in transcript order, debate after debate. */
  readonly id: number;
  readonly text: string;
  readonly label: 0 | 1;
}

/** A cell written with CSV-style quoting ("…", inner quotes doubled) loses the quoting. */
function unquote(cell: string): string {
  const t = cell.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

/**
 * Parses a CheckThat! 2024 task 1 file: a header, then `Sentence_id, Text, class_label` (Yes/No),
 * tab-separated. The published train file has one record glued to the next (`…\tNo29286\t…`, a line
 * break missing): a label followed directly by digits and a tab is read as two records.
 */
export function parseCheckThat(tsv: string): LabelledSentence[] {
  const repaired = tsv.replace(/\t(Yes|No)(\d+\t)/g, '\t$1\n$2');
  const out: LabelledSentence[] = [];
  for (const raw of repaired.split(/\r?\n/)) {
    const cells = raw.split('\t');
    if (cells.length < 3) continue;
    const id = Number(cells[0]);
    const label = cells[cells.length - 1]?.trim();
    if (!Number.isInteger(id) || (label !== 'Yes' && label !== 'No')) continue; // the header
    out.push({ id, text: unquote(cells.slice(1, -1).join('\t')), label: label === 'Yes' ? 1 : 0 });
  }
  return out;
}
