// Types for lazy-ranker-model.mjs (plain JavaScript so that the build script can run it directly).
import type { Plugin } from 'esbuild';

/** The text of the module that replaces shared/ranking/bundled-model.ts in the Node bundles. */
export function rankerModelModule(text: string): string;
export const lazyRankerModel: Plugin;
