/** Ranking metrics of the CLEF CheckThat! check-worthiness task. */

/**
 * Average precision of a ranking: items sorted by score, highest first, ties kept in their original
 * order (as the official scorer's stable sort does); the mean of precision@k over the ranks k of the
 * relevant items, divided by the number of relevant items. 0 when nothing is relevant.
 */
export function averagePrecision(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const positives = labels.reduce<number>((sum, label) => sum + label, 0);
  if (positives === 0) return 0;
  let found = 0;
  let total = 0;
  order.forEach((item, rank) => {
    if (labels[item] === 1) {
      found++;
      total += found / (rank + 1);
    }
  });
  return total / positives;
}

/** Mean of the per-document average precisions (MAP), the task's official measure. */
export function meanAveragePrecision(
  documents: ReadonlyArray<{ readonly scores: readonly number[]; readonly labels: readonly (0 | 1)[] }>,
): number {
  if (documents.length === 0) return 0;
  return documents.reduce((sum, d) => sum + averagePrecision(d.scores, d.labels), 0) / documents.length;
}

/** The digits baseline: 1 for a sentence with a digit, else 0 (ties then fall back to document order). */
export function digitsBaseline(sentences: readonly string[]): number[] {
  return sentences.map((s) => (/\d/.test(s) ? 1 : 0));
}

/** The digit-count baseline: how many digit runs the sentence holds. */
export function digitCountBaseline(sentences: readonly string[]): number[] {
  return sentences.map((s) => s.match(/\d+/g)?.length ?? 0);
}
