import { describe, it, expect } from 'vitest';
import { calibrated, fitPlatt } from './calibration';
import { seededRandom } from './logistic';

describe('Platt scaling', () => {
  it('recovers the sigmoid that generated the labels', () => {
    const random = seededRandom(42);
    const scores: number[] = [];
    const labels: (0 | 1)[] = [];
    for (let i = 0; i < 20_000; i++) {
      const z = random() * 8 - 4;
      scores.push(z);
      labels.push(random() < 1 / (1 + Math.exp(-(0.5 * z - 1))) ? 1 : 0);
    }
    const fit = fitPlatt(scores, labels);
    expect(fit.slope).toBeCloseTo(0.5, 1);
    expect(fit.intercept).toBeCloseTo(-1, 1);
    expect(fitPlatt(scores, labels)).toEqual(fit); // deterministic
  });

  it('keeps the order of scores and gives probabilities', () => {
    const fit = fitPlatt([-2, -1, 0, 1, 2, 3], [0, 0, 1, 0, 1, 1]);
    expect(fit.slope).toBeGreaterThan(0);
    const p = [-5, 0, 5].map((z) => calibrated(fit, z));
    expect(p[0]).toBeLessThan(p[1]!);
    expect(p[1]).toBeLessThan(p[2]!);
    for (const x of p) expect(x).toBeGreaterThan(0);
    for (const x of p) expect(x).toBeLessThan(1);
  });

  it('does not run away on separable scores (smoothed targets)', () => {
    const fit = fitPlatt([-1, -0.5, 0.5, 1], [0, 0, 1, 1]);
    expect(Number.isFinite(fit.slope)).toBe(true);
    expect(calibrated(fit, 1)).toBeLessThan(1);
  });
});
