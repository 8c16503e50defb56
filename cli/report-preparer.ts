import { homedir } from 'node:os';
import { chosenChecker } from '../core/app/app-settings';
import { desktopUserDataDir } from '../core/app/desktop-user-data';
import { checkerName } from './cli-error';

/**
 * Whom a report names as "Prepared by": `--by`, else FACTDESK_CHECKER, else the name the checker gave
 * the desktop app on this machine; else no one, and the line is left out. Never the login name, which
 * on a desk's machine is "root" or a shared account rather than the checker.
 */
export async function reportPreparer(by: string | undefined): Promise<string | undefined> {
  if (by !== undefined || process.env.FACTDESK_CHECKER !== undefined) return checkerName(by, '');
  const userData = desktopUserDataDir(process.env, process.platform, homedir());
  return (await chosenChecker(userData)) ?? undefined;
}
