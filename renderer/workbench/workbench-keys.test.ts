import { describe, expect, it, vi } from 'vitest';
import { SHORTCUTS } from '../dialogs/shortcut-list';
import { workbenchKeyMap, type WorkbenchKeys } from './use-workbench-shortcuts';

function spies(): WorkbenchKeys {
  const keys = [
    'step',
    'mark',
    'cite',
    'note',
    'filter',
    'help',
    'addClaim',
    'pick',
    'merge',
    'sources',
    'assign',
    'checklists',
    'exportReport',
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, vi.fn()])) as unknown as WorkbenchKeys;
}

/** A key as the ? dialog shows it. */
const shown = (key: string) => ({ ArrowDown: '↓', ArrowUp: '↑', ' ': 'Space' })[key] ?? key;

describe("the workbench's single-key shortcuts", () => {
  it('open the Checklists dialog with l, from anywhere in the workbench', () => {
    const keys = spies();
    workbenchKeyMap(keys)['l']!();
    expect(keys.checklists).toHaveBeenCalledOnce();
    expect(SHORTCUTS).toContainEqual([['l'], 'Edit the project’s checklists']);
  });

  it('open the Export report dialog with e: a report without tabbing to the header', () => {
    const keys = spies();
    workbenchKeyMap(keys)['e']!();
    expect(keys.exportReport).toHaveBeenCalledOnce();
    expect(SHORTCUTS).toContainEqual([['e'], 'Export a report']);
  });

  it('are each listed in the ? dialog, and no key is listed twice', () => {
    const listed = SHORTCUTS.flatMap(([keys]) => keys);
    for (const key of Object.keys(workbenchKeyMap(spies()))) expect(listed, key).toContain(shown(key));
    expect(new Set(listed).size).toBe(listed.length);
  });
});
