// The Node bundles replace this module with one that holds the model as text and parses it on the
// first call (scripts/lazy-ranker-model.mjs): as an object literal, its 1.6 MB were compiled and
// built at every start of the CLI and kept by every process, ranking or not.
import model from '../../resources/ranker.json';
import type { RankerModel } from './model';

/** The stored model, `resources/ranker.json`. */
export function bundledModel(): RankerModel {
  return model as unknown as RankerModel;
}
