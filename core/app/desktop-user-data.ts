import { join, resolve } from 'node:path';

/** The desktop app's name, which Electron gives its settings folder (package.json's productName). */
const APP_FOLDER = 'Factdesk';

/**
 * Where the desktop app keeps its settings on this machine, as Electron's `app.getPath('userData')`
 * has it: `FACTDESK_USER_DATA` if set (the folder a development or test build is pointed at), else
 * the platform's application-data folder and the app's name. For tools beside the app (the CLI) that
 * read what the checker told it, such as their name.
 */
export function desktopUserDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (env.FACTDESK_USER_DATA) return resolve(env.FACTDESK_USER_DATA);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}
