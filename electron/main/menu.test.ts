import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuCommands } from './menu';

const commands = (): MenuCommands => ({
  newProject: vi.fn(),
  openProject: vi.fn(),
  openRecent: vi.fn(),
  importDrafts: vi.fn(),
  showAbout: vi.fn(),
});

const recent = [
  { dir: '/desk/Belarus.factdesk', title: 'Belarus desk', openedAt: '2024-01-01T00:00:00Z' },
  { dir: '/desk/Budget.factdesk', title: 'Budget', openedAt: '2024-01-02T00:00:00Z' },
];

/** Every item of a template, depth first. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const roles = (template: readonly MenuItemConstructorOptions[]) =>
  items(template)
    .map((item) => item.role)
    .filter(Boolean);
const labels = (template: readonly MenuItemConstructorOptions[]) => items(template).map((item) => item.label);

describe('the application menu', () => {
  it('has the standard menus and the File commands on Windows and Linux', () => {
    const template = buildMenuTemplate({ platform: 'win32', isPackaged: true, recent }, commands());
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(labels(template)).toEqual(
      expect.arrayContaining([
        'New Project…',
        'Open Project…',
        'Open Recent',
        'Import Drafts…',
        'Close Window',
      ]),
    );
    expect(roles(template)).toEqual(expect.arrayContaining(['close', 'quit', 'editMenu', 'windowMenu']));
  });

  it('opens the About dialog (version and licences) from Help › About Factdesk, and from the macOS app menu', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const actions = commands();
      const template = buildMenuTemplate({ platform, isPackaged: true, recent }, actions);
      const abouts = items(template).filter((item) => item.label === 'About Factdesk');
      expect(abouts, platform).toHaveLength(platform === 'darwin' ? 2 : 1);
      // Not Electron's native panel, which shows no licences.
      expect(roles(template)).not.toContain('about');
      expect(items(template.at(-1)!.submenu as MenuItemConstructorOptions[])[0]?.id).toBe('help.about');
      for (const item of abouts) item.click?.(undefined as never, undefined, undefined as never);
      expect(actions.showAbout).toHaveBeenCalledTimes(abouts.length);
    }
  });

  it('starts with the app menu on macOS, without mnemonics and without a File › Quit', () => {
    const template = buildMenuTemplate({ platform: 'darwin', isPackaged: true, recent }, commands());
    expect(template[0]?.label).toBe('Factdesk');
    expect(roles([template[0]!])).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(labels(template).filter((label) => label?.includes('&'))).toEqual([]);
    expect(roles(template.slice(1))).not.toContain('quit');
  });

  it('offers DevTools in development builds only', () => {
    const packaged = buildMenuTemplate({ platform: 'linux', isPackaged: true, recent }, commands());
    const development = buildMenuTemplate({ platform: 'linux', isPackaged: false, recent }, commands());
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(development)).toContain('toggleDevTools');
  });

  it('lists recent projects and opens the one clicked', () => {
    const actions = commands();
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, recent }, actions);
    const openRecent = items(template).find((item) => item.label === 'Open Recent');
    const entries = openRecent?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((item) => item.label)).toEqual([
      'Belarus desk — /desk/Belarus.factdesk',
      'Budget — /desk/Budget.factdesk',
    ]);
    entries[1]?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.openRecent).toHaveBeenCalledWith('/desk/Budget.factdesk');
  });

  it('tells two recent projects with one title apart on every system', () => {
    const twins = [
      { dir: 'C:\\Desk\\Q&A.factdesk', title: 'Q&A', openedAt: '2024-01-01T00:00:00Z' },
      { dir: 'C:\\Old\\Q&A.factdesk', title: 'Q&A', openedAt: '2024-01-02T00:00:00Z' },
    ];
    const entries = (platform: NodeJS.Platform) =>
      items(buildMenuTemplate({ platform, isPackaged: true, recent: twins }, commands())).find(
        (item) => item.label === 'Open Recent',
      )?.submenu as MenuItemConstructorOptions[];
    // Windows and Linux show no sublabel: the folder is in the label, `&` doubled (else a mnemonic).
    for (const platform of ['win32', 'linux'] as const) {
      expect(entries(platform).map((item) => item.label)).toEqual([
        'Q&&A — C:\\Desk\\Q&&A.factdesk',
        'Q&&A — C:\\Old\\Q&&A.factdesk',
      ]);
      expect(entries(platform).every((item) => item.sublabel === undefined)).toBe(true);
    }
    // macOS: the title, with the folder as the sublabel (macOS shows no mnemonics).
    expect(entries('darwin').map((item) => [item.label, item.sublabel])).toEqual([
      ['Q&A', 'C:\\Desk\\Q&A.factdesk'],
      ['Q&A', 'C:\\Old\\Q&A.factdesk'],
    ]);
  });

  it('says so when there are no recent projects', () => {
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, recent: [] }, commands());
    const openRecent = items(template).find((item) => item.label === 'Open Recent');
    expect(openRecent?.submenu).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('runs the File commands', () => {
    const actions = commands();
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, recent }, actions);
    const click = (label: string) =>
      items(template)
        .find((item) => item.label === label)
        ?.click?.(undefined as never, undefined, undefined as never);
    click('New Project…');
    click('Open Project…');
    click('Import Drafts…');
    expect(actions.newProject).toHaveBeenCalledOnce();
    expect(actions.openProject).toHaveBeenCalledOnce();
    expect(actions.importDrafts).toHaveBeenCalledOnce();
  });
});
