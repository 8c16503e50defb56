import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OpenProjectRequests, projectPathFromArgv } from './open-project-requests';

const cwd = path.resolve('/home/checker');
const packaged = { cwd, appPathFirst: false };
const development = { cwd, appPathFirst: true };

describe('projectPathFromArgv', () => {
  it('finds the project folder a packaged app was started with', () => {
    expect(projectPathFromArgv(['/opt/Factdesk/factdesk', 'Desk/Belarus.factdesk'], packaged)).toBe(
      path.resolve(cwd, 'Desk/Belarus.factdesk'),
    );
  });

  it('skips the app path in development (`electron .`)', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '.', 'Belarus.factdesk'], development)).toBe(
      path.resolve(cwd, 'Belarus.factdesk'),
    );
    expect(projectPathFromArgv(['/usr/bin/electron', '.'], development)).toBeNull();
    expect(
      projectPathFromArgv(
        ['electron', '--inspect=0', '--remote-debugging-port=0', '.', 'a.factdesk'],
        development,
      ),
    ).toBe(path.resolve(cwd, 'a.factdesk'));
  });

  it('skips switches, including Chromium and macOS ones', () => {
    const argv = [
      'Factdesk',
      '--inspect=9229',
      '-psn_0_12345',
      '--allow-file-access-from-files',
      '/tmp/a.factdesk',
    ];
    expect(projectPathFromArgv(argv, packaged)).toBe(path.resolve('/tmp/a.factdesk'));
  });

  it('treats everything after -- as a path', () => {
    expect(projectPathFromArgv(['Factdesk', '--', '-odd-name.factdesk'], packaged)).toBe(
      path.resolve(cwd, '-odd-name.factdesk'),
    );
  });

  it('turns a file URL into its path', () => {
    const dir = path.resolve('/tmp/Some Desk.factdesk');
    expect(projectPathFromArgv(['Factdesk', pathToFileURL(dir).href], packaged)).toBe(dir);
  });

  it('resolves against the second instance’s own working directory', () => {
    expect(
      projectPathFromArgv(['Factdesk', 'x.factdesk'], {
        cwd: path.resolve('/srv/desk'),
        appPathFirst: false,
      }),
    ).toBe(path.resolve('/srv/desk/x.factdesk'));
  });

  it('names nothing when there is nothing to name', () => {
    expect(projectPathFromArgv([], packaged)).toBeNull();
    expect(projectPathFromArgv(['Factdesk'], packaged)).toBeNull();
    expect(projectPathFromArgv(['Factdesk', '--flag', '  '], packaged)).toBeNull();
  });
});

describe('OpenProjectRequests', () => {
  it('holds requests until the app is ready, then delivers them in order, then delivers at once', () => {
    const requests = new OpenProjectRequests();
    const opened: string[] = [];
    requests.request('/a');
    requests.request('/b');
    expect(opened).toEqual([]);
    expect(requests.start((dir) => opened.push(dir))).toBe(2);
    expect(opened).toEqual(['/a', '/b']);
    requests.request('/c');
    expect(opened).toEqual(['/a', '/b', '/c']);
  });

  it('reports that nothing waited', () => {
    expect(new OpenProjectRequests().start(() => undefined)).toBe(0);
  });
});
