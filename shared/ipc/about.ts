/** One third-party package bundled into Factdesk, with its licence. */
export interface LicensedPackage {
  readonly name: string;
  readonly version: string;
  /** An SPDX expression (MIT, Apache-2.0, (MIT OR GPL-3.0-or-later)…), or UNKNOWN. */
  readonly license: string;
  /** The licence file the package ships; null when it ships none (its package.json names the licence). */
  readonly licenseText: string | null;
}

/** What Help › About Factdesk shows: the app's version and licence, and the licences of what it bundles. */
export interface AboutInfo {
  readonly name: string;
  readonly version: string;
  readonly mode: 'desktop' | 'web';
  readonly license: string;
  readonly licenseText: string | null;
  /** The packages whose code is in this mode's bundles (desktop: main, worker, renderer), by name. */
  readonly packages: readonly LicensedPackage[];
  /**
   * The data the bundled check-worthiness model was trained on: name, licence (SPDX) and, as the text,
   * the credit the licence asks for. `version` is empty.
   */
  readonly datasets: readonly LicensedPackage[];
}
