import { describe, it, expect } from 'vitest';
import {
  averagePrecision,
  bestF1Threshold,
  brierScore,
  digitsBaseline,
  f1At,
  meanAveragePrecision,
} from './metrics';

describe('ranking metrics', () => {
  it('computes average precision by hand', () => {
    // Ranked: a(1) b(0) c(1) d(0) → (1/1 + 2/3) / 2
    expect(averagePrecision([0.9, 0.8, 0.7, 0.1], [1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(averagePrecision([0.1, 0.2], [0, 0])).toBe(0);
  });

  it('breaks ties by original order, like the official scorer', () => {
    // All tied: order stays b0, b1, b2; the relevant item is third → 1/3.
    expect(averagePrecision([1, 1, 1], [0, 0, 1])).toBeCloseTo(1 / 3, 10);
    expect(averagePrecision(digitsBaseline(['no', 'yes 1', 'also 2']), [0, 0, 1])).toBeCloseTo(1 / 2, 10);
  });

  it('averages per document (MAP)', () => {
    const map = meanAveragePrecision([
      { scores: [0.9, 0.1], labels: [1, 0] }, // AP 1
      { scores: [0.9, 0.1], labels: [0, 1] }, // AP 1/2
    ]);
    expect(map).toBeCloseTo(0.75, 10);
  });
});

describe('classification metrics', () => {
  const scores = [0.9, 0.8, 0.6, 0.4, 0.2];
  const labels: (0 | 1)[] = [1, 0, 1, 1, 0];

  it('computes F1 of the Yes class at a threshold', () => {
    // ≥ 0.5: tp 2 (0.9, 0.6), fp 1 (0.8), fn 1 (0.4) → 4 / (4 + 1 + 1)
    expect(f1At(scores, labels, 0.5)).toBeCloseTo(4 / 6, 10);
    expect(f1At(scores, labels, 0.95)).toBe(0);
    // Everything Yes: tp 3, fp 2 → 6 / 8
    expect(f1At(scores, labels, 0)).toBeCloseTo(0.75, 10);
  });

  it('picks the lowest threshold with the best F1 from a readable grid', () => {
    // Everything from 0.21 to 0.40 calls 0.9, 0.8, 0.6, 0.4 Yes: tp 3, fp 1 → 6/7, the best.
    expect(bestF1Threshold(scores, labels)).toEqual({ threshold: 0.21, f1: 6 / 7 });
    expect(bestF1Threshold(scores, labels, [0.5, 0.7])).toEqual({ threshold: 0.5, f1: 4 / 6 });
  });

  it('computes the Brier score', () => {
    expect(brierScore([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3, 10);
    expect(brierScore([], [])).toBe(0);
  });
});
