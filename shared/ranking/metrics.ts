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

/** F1 of the positive class when scores at or above `threshold` are called positive. */
export function f1At(scores: readonly number[], labels: readonly (0 | 1)[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const yes = (scores[i] as number) >= threshold;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * The threshold among `candidates` that gives the best F1 (the lowest of equals), with that F1.
 * Candidates default to 0.01, 0.02, … 0.99: a threshold a person can read and write down.
 */
export function bestF1Threshold(
  scores: readonly number[],
  labels: readonly (0 | 1)[],
  candidates: readonly number[] = Array.from({ length: 99 }, (_, i) => (i + 1) / 100),
): { threshold: number; f1: number } {
  let best = { threshold: candidates[0] ?? 0.5, f1: -1 };
  for (const threshold of candidates) {
    const f1 = f1At(scores, labels, threshold);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

/** Mean squared error of probabilities against 0/1 labels (lower is better calibrated and sharper). */
export function brierScore(probabilities: readonly number[], labels: readonly (0 | 1)[]): number {
  if (probabilities.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) sum += ((probabilities[i] as number) - labels[i]!) ** 2;
  return sum / probabilities.length;
}
