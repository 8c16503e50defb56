/**
 * Folds for cross-validation across documents. ClaimBuster numbers its sentences in transcript order,
 * debate after debate, so sentences sorted by id and cut into k runs of equal length put whole debates
 * in one fold; only the debates a cut falls inside (k − 1 at most) are split between two folds.
 */
export function foldsById(ids: readonly number[], k: number): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a] as number) - (ids[b] as number) || a - b);
  const fold = new Int32Array(ids.length);
  order.forEach((item, rank) => {
    fold[item] = Math.floor((rank * k) / ids.length);
  });
  return fold;
}
