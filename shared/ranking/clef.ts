/** One sentence of a CLEF CheckThat! 2019 task 1 file. */
export interface ClefLine {
  readonly line: number;
  readonly speaker: string;
  readonly text: string;
  readonly label: 0 | 1;
}

/** Parses a CLEF 2019 task 1 file: tab-separated `line, speaker, text, label`, one sentence a line. */
export function parseClef(tsv: string): ClefLine[] {
  const out: ClefLine[] = [];
  for (const raw of tsv.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    if (cells.length < 4) continue;
    const label = cells[cells.length - 1]?.trim();
    out.push({
      line: Number(cells[0]),
      speaker: cells[1] ?? '',
      text: cells.slice(2, -1).join('\t'),
      label: label === '1' ? 1 : 0,
    });
  }
  return out;
}
