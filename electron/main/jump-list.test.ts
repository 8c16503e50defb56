import { describe, expect, it, vi } from 'vitest';
import { projectPathFromArgv } from './open-project-requests';
import { quoteWindowsArgument, recentProjectsJumpList, showRecentInJumpList } from './jump-list';

const packaged = { execPath: 'C:\\Program Files\\Factdesk\\Factdesk.exe', appPath: null };
const recent = [
  { dir: 'C:\\Users\\ana\\Checks\\Budget 2024.factdesk', title: 'Budget', openedAt: '2024-01-02T00:00:00Z' },
  { dir: 'D:\\Old\\Budget.factdesk', title: 'Budget', openedAt: '2024-01-01T00:00:00Z' },
];

/** How Windows (CommandLineToArgvW) splits quoted arguments, enough for these tests. */
function splitWindowsArgs(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\\\|\\(?!"))*)"/g)].map((match) => match[1]!.replace(/\\\\$/, '\\'));
}

describe('the Windows Jump List of recent projects', () => {
  it('starts Factdesk with each project folder, quoted, in a Recent Projects category', () => {
    const categories = recentProjectsJumpList(recent, packaged);
    expect(categories).toEqual([
      {
        type: 'custom',
        name: 'Recent Projects',
        items: [
          expect.objectContaining({
            type: 'task',
            title: 'Budget',
            description: recent[0]!.dir,
            program: packaged.execPath,
            args: `"${recent[0]!.dir}"`,
          }),
          expect.objectContaining({
            title: 'Budget',
            description: recent[1]!.dir,
            args: `"${recent[1]!.dir}"`,
          }),
        ],
      },
    ]);
  });

  it('names an argument the app reads back as the same project folder', () => {
    const [category] = recentProjectsJumpList(recent, packaged)!;
    for (const [index, item] of category!.items!.entries()) {
      const argv = [packaged.execPath, ...splitWindowsArgs(item.args!)];
      // path.resolve on this (POSIX) machine keeps a Windows path as one relative segment, so the
      // folder comes back after the cwd: what matters is that it is whole and first.
      expect(projectPathFromArgv(argv, { cwd: '/', appPathFirst: false })).toBe(`/${recent[index]!.dir}`);
    }
  });

  it('in development puts the app folder first, as `electron .` expects', () => {
    const [category] = recentProjectsJumpList(recent, {
      execPath: 'C:\\e\\electron.exe',
      appPath: 'C:\\src\\factdesk',
    })!;
    expect(category!.items![0]!.args).toBe(`"C:\\src\\factdesk" "${recent[0]!.dir}"`);
  });

  it('keeps the closing quote a quote after a trailing backslash', () => {
    expect(quoteWindowsArgument('E:\\')).toBe('"E:\\\\"');
  });

  it('leaves out what the user removed (else Windows drops the whole category) and shows nothing when empty', () => {
    const removed = [{ type: 'task' as const, args: `"${recent[0]!.dir}"` }];
    expect(recentProjectsJumpList(recent, packaged, removed)![0]!.items!.map((item) => item.args)).toEqual([
      `"${recent[1]!.dir}"`,
    ]);
    expect(recentProjectsJumpList([], packaged)).toBeNull();
  });

  it('keeps descriptions within the 260 characters Windows shows', () => {
    const long = [
      { dir: `C:\\${'x'.repeat(400)}.factdesk`, title: 'Long', openedAt: '2024-01-01T00:00:00Z' },
    ];
    expect(recentProjectsJumpList(long, packaged)![0]!.items![0]!.description!.length).toBe(260);
  });

  it('is set on Windows only, and a refusal is reported, not thrown', () => {
    const app = {
      setJumpList: vi.fn(() => 'customCategoryAccessDeniedError' as const),
      getJumpListSettings: vi.fn(() => ({ minItems: 10, removedItems: [] })),
    };
    const report = vi.fn();
    showRecentInJumpList(app, recent, packaged, 'linux', report);
    showRecentInJumpList(app, recent, packaged, 'darwin', report);
    expect(app.setJumpList).not.toHaveBeenCalled();
    showRecentInJumpList(app, recent, packaged, 'win32', report);
    expect(app.setJumpList).toHaveBeenCalledOnce();
    expect(report).toHaveBeenCalledWith(expect.stringMatching(/customCategoryAccessDeniedError/));
  });
});
