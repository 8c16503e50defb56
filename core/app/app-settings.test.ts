import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { AppSettings } from './app-settings';

const account = userInfo().username || 'Checker';

describe('who the checker is', () => {
  it('is not chosen on first use (the system account’s name), and is once typed, across a restart', async () => {
    const dir = await tempDir('factdesk-settings-');
    const first = await AppSettings.load(dir);
    expect(first.checker).toBe(account);
    expect(first.checkerChosen).toBe(false);
    await first.setChecker('Ana Checker');
    expect(first.checkerChosen).toBe(true);
    await first.flush();
    const again = await AppSettings.load(dir);
    expect([again.checker, again.checkerChosen]).toEqual(['Ana Checker', true]);
  });

  it('keeps the email for commits with the name, across a restart; an empty one clears it', async () => {
    const dir = await tempDir('factdesk-settings-');
    const settings = await AppSettings.load(dir);
    expect(settings.checkerEmail).toBe('');
    await settings.setChecker('Ana Checker', 'ana@desk.example');
    await settings.setChecker('Ana Checker');
    await settings.flush();
    const again = await AppSettings.load(dir);
    expect([again.checker, again.checkerEmail]).toEqual(['Ana Checker', 'ana@desk.example']);
    await again.setChecker('Ana Checker', '');
    expect(again.checkerEmail).toBe('');
  });

  it('counts a name set before Factdesk asked as chosen, unless it is still the account’s', async () => {
    const named = await tempDir('factdesk-settings-');
    await writeFile(join(named, 'settings.json'), JSON.stringify({ checker: 'Bo Desk', recent: [] }));
    expect((await AppSettings.load(named)).checkerChosen).toBe(true);
    const defaulted = await tempDir('factdesk-settings-');
    await writeFile(join(defaulted, 'settings.json'), JSON.stringify({ checker: account, recent: [] }));
    expect((await AppSettings.load(defaulted)).checkerChosen).toBe(false);
  });
});
