/**
 * Platt scaling: turns a model's raw score z into a probability sigmoid(slope · z + intercept), with the
 * two numbers fitted by maximum likelihood on held-out (out-of-fold) scores, so that among sentences
 * given 0.3, about 30 % are labelled check-worthy.
 */
import { sigmoid } from './logistic';

export interface Calibration {
  readonly slope: number;
  readonly intercept: number;
}

/** The calibrated probability of a raw score. */
export function calibrated(calibration: Calibration, z: number): number {
  return sigmoid(calibration.slope * z + calibration.intercept);
}

/** The negative log-likelihood of the targets under (a, b). */
function loss(z: readonly number[], t: readonly number[], a: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, sigmoid(a * (z[i] as number) + b)));
    sum -= (t[i] as number) * Math.log(p) + (1 - (t[i] as number)) * Math.log(1 - p);
  }
  return sum;
}

/**
 * Fits Platt's sigmoid by Newton's method with a halving line search, on Platt's smoothed targets
 * ((N₊ + 1) / (N₊ + 2) for positives, 1 / (N₋ + 2) for negatives), which keep it from overfitting a
 * few extreme scores. Deterministic: a fixed start and a fixed stopping rule.
 */
export function fitPlatt(scores: readonly number[], labels: readonly (0 | 1)[]): Calibration {
  const positives = labels.reduce<number>((n, y) => n + y, 0);
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const t = labels.map((y) => (y === 1 ? high : low));
  let a = 1;
  let b = Math.log((positives + 1) / (negatives + 1));
  let current = loss(scores, t, a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i] as number;
      const p = sigmoid(a * z + b);
      const d = p - (t[i] as number);
      const w = p * (1 - p);
      ga += d * z;
      gb += d;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(scores, t, a - step * da, b - step * db);
    while (next > current && step > 1e-8) {
      step /= 2;
      next = loss(scores, t, a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const gain = current - next;
    current = next;
    if (gain < 1e-10 * Math.max(1, current)) break;
  }
  return { slope: a, intercept: b };
}
