// Types for bundled-licenses.mjs (plain JavaScript so that the build scripts can run it directly).
import type { Plugin } from 'vite';

/** One third-party package as the About dialog lists it. */
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  /** An SPDX expression, or UNKNOWN. */
  readonly license: string;
  /** The package's LICENSE (or LICENCE, COPYING) text; null when it ships none. */
  readonly licenseText: string | null;
  /** The build outputs whose code includes it (`electron/main.cjs`, `renderer`, …). */
  readonly usedBy: readonly string[];
}

/** The content of `<out>/licenses.json`. */
export interface LicensesFile {
  readonly format: 'factdesk-licenses';
  readonly version: 1;
  readonly app: Omit<BundledPackage, 'usedBy'>;
  readonly packages: readonly BundledPackage[];
  /** The data the bundled model was trained on, with its licence and the credit it asks for. */
  readonly datasets: readonly Omit<BundledPackage, 'usedBy'>[];
}

export const LICENSES_FORMAT: 'factdesk-licenses';
export function packageDirOf(file: string): string | null;
export function licenseOf(manifest: Record<string, unknown>): string;
export function licenseTextIn(dir: string): string | null;
export function describePackage(dir: string): Omit<BundledPackage, 'usedBy'>;
export function describeVendored(name: string): Omit<BundledPackage, 'usedBy'>;
export function vendoredSources(map: { sources?: readonly string[] } | null | undefined): string[];
export function describeApp(root: string): Omit<BundledPackage, 'usedBy'>;
export function describeDatasets(root: string): Omit<BundledPackage, 'usedBy'>[];
export function recordBundledPackages(options: {
  root: string;
  outFile: string;
  parts: Record<string, readonly string[]>;
}): LicensesFile;
export function esbuildBundledFiles(metafile: {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}): string[];
export function bundledLicensesPlugin(options: { root: string }): Plugin;
