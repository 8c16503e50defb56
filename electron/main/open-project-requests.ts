import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How to read a command line. */
export interface ArgvOptions {
  /** The directory relative paths are resolved against (the launching shell's). */
  readonly cwd: string;
  /**
   * True when run as `electron <app path>` in development (`process.defaultApp`): the first
   * positional argument is then the app path, not a project. Switches may come before it
   * (`electron --inspect=0 .`), so it is found by position among positionals, not in argv[1].
   */
  readonly appPathFirst: boolean;
}

/**
 * The project folder a command line names, resolved to an absolute path, or null when it names
 * none. Switches (`--inspect`, Chromium's own, macOS's `-psn_…`) are skipped; after `--`
 * everything is positional; a `file://` URL becomes its path. The first positional wins.
 */
export function projectPathFromArgv(argv: readonly string[], options: ArgvOptions): string | null {
  let positionalOnly = false;
  let skipAppPath = options.appPathFirst;
  // argv[0] is the executable.
  for (const arg of argv.slice(1)) {
    if (!positionalOnly && arg === '--') {
      positionalOnly = true;
      continue;
    }
    if (!positionalOnly && arg.startsWith('-')) continue;
    if (arg.trim() === '' || arg.includes('\0')) continue;
    if (skipAppPath) {
      skipAppPath = false;
      continue;
    }
    if (arg.startsWith('file://')) {
      try {
        return path.resolve(fileURLToPath(arg));
      } catch {
        continue;
      }
    }
    return path.resolve(options.cwd, arg);
  }
  return null;
}

/**
 * Requests to open a project folder (command line, second instance, macOS `open-file`) that can
 * arrive before the app is ready: they wait in order until `start` gives them a handler.
 */
export class OpenProjectRequests {
  private pending: string[] = [];
  private handler: ((dir: string) => void) | null = null;

  /** Opens `dir` now if the app is ready, or as soon as it is. */
  request(dir: string): void {
    if (this.handler) this.handler(dir);
    else this.pending.push(dir);
  }

  /** Delivers every waiting request to `handler`, then every later one; returns how many waited. */
  start(handler: (dir: string) => void): number {
    this.handler = handler;
    const waiting = this.pending;
    this.pending = [];
    for (const dir of waiting) handler(dir);
    return waiting.length;
  }
}
