// Written by `npm run train:ranker` (scripts/ranker/build-ranker.ts) with resources/ranker.json: do not edit.

/**
 * The calibrated probability at and above which the app marks a claim "worth checking": the bundled
 * model's `threshold`, the one with the best F1 on the CheckThat! 2024 English dev split. A module of its
 * own so the renderer can show the cue without bundling the model.
 */
export const WORTH_CHECKING = 0.41;
