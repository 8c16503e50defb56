import type { SparseVector } from './features';
import { linearOver } from './linear';

/** A labelled example for training. */
export interface Example {
  readonly x: SparseVector;
  readonly y: 0 | 1;
}

/** Training settings. */
export interface TrainOptions {
  /** Passes over the data. */
  epochs: number;
  /** AdaGrad base learning rate. */
  learningRate: number;
  /** L2 penalty per example. */
  l2: number;
  /** Weight of a positive example relative to a negative one (class balancing). */
  positiveWeight: number;
  /** Seed for the example order. */
  seed: number;
}

/** Weights of a trained logistic regression. */
export interface LogisticWeights {
  bias: number;
  weights: Float64Array;
}

/** Mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The logistic function, guarded against overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** w · x + b for a sparse x. */
export function linear(weights: ArrayLike<number>, bias: number, x: SparseVector): number {
  return linearOver(weights, bias, x.index, x.value, x.index.length);
}

/**
 * Trains an L2-regularized logistic regression with AdaGrad stochastic gradient descent over a seeded
 * shuffle of the examples. Deterministic for a given seed and input order.
 */
export function trainLogistic(
  examples: readonly Example[],
  dimension: number,
  options: TrainOptions,
): LogisticWeights {
  const weights = new Float64Array(dimension);
  const squares = new Float64Array(dimension).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const { x, y } = examples[k] as Example;
      const p = sigmoid(linear(weights, bias, x));
      const g = (p - y) * (y === 1 ? options.positiveWeight : 1);
      for (let i = 0; i < x.index.length; i++) {
        const f = x.index[i] as number;
        const grad = g * (x.value[i] as number) + options.l2 * (weights[f] as number);
        squares[f] = (squares[f] as number) + grad * grad;
        weights[f] = (weights[f] as number) - (options.learningRate * grad) / Math.sqrt(squares[f] as number);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares);
    }
  }
  return { bias, weights };
}
