import path from 'node:path';

/** Where the built app's parts are. */
export interface AppLayout {
  /** The preload bundle (`dist/electron/preload.cjs`). */
  readonly preload: string;
  /** The built renderer, served on `app://factdesk/`. */
  readonly rendererDir: string;
  /** The build's list of bundled licences (About). */
  readonly licensesFile: string;
  /** The claim finder's worker: outside the archive, because worker threads load scripts from disk. */
  readonly extractWorker: string;
}

/**
 * The layout under the app's directory, `app.getAppPath()`: the repository when run as
 * `electron .`, `…/resources/app.asar` when packaged (whose unpacked files are in
 * `app.asar.unpacked` beside it, see `asarUnpack` in electron-builder.yml).
 */
export function appLayout(appPath: string): AppLayout {
  const dist = path.join(appPath, 'dist');
  const unpacked = path.basename(appPath) === 'app.asar' ? `${appPath}.unpacked` : appPath;
  return {
    preload: path.join(dist, 'electron', 'preload.cjs'),
    rendererDir: path.join(dist, 'renderer'),
    licensesFile: path.join(dist, 'licenses.json'),
    extractWorker: path.join(unpacked, 'dist', 'workers', 'extract-worker.mjs'),
  };
}
