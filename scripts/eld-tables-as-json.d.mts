// Types for eld-tables-as-json.mjs (plain JavaScript so that the build script can run it directly).
import type { Plugin } from 'esbuild';

/** The text of a module exporting eld's `ngramsData` (read from `path`) as JSON read by JSON.parse. */
export function eldTablesModule(path: string): Promise<string>;

/** The esbuild plugin that bundles eld's n-gram tables so. */
export function eldTablesAsJson(): Plugin;
