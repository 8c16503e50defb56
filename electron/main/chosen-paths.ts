import path from 'node:path';
import type { Dialogs } from '../../core/service-types';

/** The sentence a renderer gets when it names a file no dialog of this app returned. */
export const UNCHOSEN_PATH_ERROR =
  'Factdesk reads only files chosen in its own file dialogs; choose the file again. Nothing was changed.';

/** Compares paths as the platform does: case-insensitively on macOS and Windows. */
function keyOf(file: string, platform: NodeJS.Platform): string {
  const resolved = path.resolve(file);
  return platform === 'linux' ? resolved : resolved.toLowerCase();
}

/**
 * The files that native dialogs of this app returned. A renderer is trusted with paths only when
 * a dialog gave them: a compromised renderer cannot make main read any file the user can read
 * (defense in depth: it has no network, but it could put the file's text into a report).
 */
export class ChosenPaths {
  private readonly chosen = new Set<string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  /** Remembers what a dialog returned (nothing when it was cancelled). */
  remember(files: readonly string[] | string | null): void {
    for (const file of typeof files === 'string' ? [files] : (files ?? [])) {
      this.chosen.add(keyOf(file, this.platform));
    }
  }

  /** True when a dialog of this app returned `file`. */
  has(file: string): boolean {
    return this.chosen.has(keyOf(file, this.platform));
  }

  /**
   * Why a renderer's call must be refused, or null. File-reading channels name files in `paths`
   * (import drafts), `path` (a new version of a draft), `citation.filePath` (attach a file) or `dir` (an archive folder); arguments of the wrong shape are left
   * to the contract's validation, which refuses them.
   */
  refusal(channel: string, rawArgs: unknown): string | null {
    if (typeof rawArgs !== 'object' || rawArgs === null) return null;
    const files: unknown[] = [];
    if (channel === 'documents:importFiles') {
      const paths = (rawArgs as { paths?: unknown }).paths;
      if (Array.isArray(paths)) files.push(...paths);
    }
    if (channel === 'document:reviseFile') files.push((rawArgs as { path?: unknown }).path);
    // An archive folder is read by "Checked before": only one the folder dialog returned.
    if (channel === 'archives:add') files.push((rawArgs as { dir?: unknown }).dir);
    const citation = (rawArgs as { citation?: unknown }).citation;
    if (typeof citation === 'object' && citation !== null) {
      const filePath = (citation as { filePath?: unknown }).filePath;
      if (filePath !== undefined) files.push(filePath);
    }
    const unchosen = files.some((file) => typeof file === 'string' && file.length > 0 && !this.has(file));
    return unchosen ? UNCHOSEN_PATH_ERROR : null;
  }
}

/** `dialogs`, remembering in `chosen` every file or folder they return. */
export function rememberingDialogs(dialogs: Dialogs, chosen: ChosenPaths): Dialogs {
  const { chooseCitationFile, chooseArchiveFolder } = dialogs;
  return {
    ...dialogs,
    async chooseProjectFolder(purpose) {
      const dir = await dialogs.chooseProjectFolder(purpose);
      chosen.remember(dir);
      return dir;
    },
    async chooseDrafts() {
      const files = await dialogs.chooseDrafts();
      chosen.remember(files);
      return files;
    },
    ...(chooseCitationFile && {
      async chooseCitationFile() {
        const file = await chooseCitationFile.call(dialogs);
        chosen.remember(file);
        return file;
      },
    }),
    ...(chooseArchiveFolder && {
      async chooseArchiveFolder() {
        const dir = await chooseArchiveFolder.call(dialogs);
        chosen.remember(dir);
        return dir;
      },
    }),
  };
}
