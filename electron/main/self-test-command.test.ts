import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfTestRequest } from './self-test-command';

const cwd = path.resolve('/home/ada');

describe('--self-test DIR on the command line', () => {
  it('takes the folder after the switch (or after =), resolved against the working folder', () => {
    expect(selfTestRequest(['/opt/Factdesk/factdesk', '--self-test', 'Sample.factdesk'], cwd)).toEqual({
      kind: 'run',
      dir: path.join(cwd, 'Sample.factdesk'),
    });
    expect(selfTestRequest(['electron', '.', '--no-sandbox', '--self-test=/tmp/P'], cwd)).toEqual({
      kind: 'run',
      dir: path.resolve('/tmp/P'),
    });
  });

  it('is a usage mistake without a folder, or with another switch in its place', () => {
    for (const argv of [
      ['/opt/Factdesk/factdesk', '--self-test'],
      ['/opt/Factdesk/factdesk', '--self-test', '--no-sandbox'],
      ['/opt/Factdesk/factdesk', '--self-test='],
    ]) {
      expect(selfTestRequest(argv, cwd)).toEqual({
        kind: 'usage',
        message: expect.stringContaining('--self-test needs the project folder to open') as string,
      });
    }
  });

  it('is not asked for without the switch (a project path alone opens the app)', () => {
    expect(selfTestRequest(['/opt/Factdesk/factdesk', 'Sample.factdesk'], cwd)).toBeNull();
    expect(selfTestRequest(['/opt/Factdesk/factdesk', '--self-testing'], cwd)).toBeNull();
  });
});
