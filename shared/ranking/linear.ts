/** The sum a score is: its own module, so the trainer and the features both use it without a cycle. */

/** w · x + b for the sparse x held in the first `length` entries of `index` and `value`. */
export function linearOver(
  weights: ArrayLike<number>,
  bias: number,
  index: Int32Array,
  value: Float32Array,
  length: number,
): number {
  let z = bias;
  for (let i = 0; i < length; i++) z += (weights[index[i] as number] ?? 0) * (value[i] as number);
  return z;
}
