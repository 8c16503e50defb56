import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * App settings in `userData` in which the checker's name was already given (the system account's, as
 * the CLI signs with), so a run is not met by the first-use question. Settings already there are kept.
 */
export async function seedChecker(userData: string, name = userInfo().username || 'Checker'): Promise<void> {
  await mkdir(userData, { recursive: true });
  const file = join(userData, 'settings.json');
  if (!existsSync(file)) {
    await writeFile(file, JSON.stringify({ checker: name, checkerChosen: true, recent: [] }));
  }
}
