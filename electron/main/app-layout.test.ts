import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLayout } from './app-layout';

describe('appLayout', () => {
  it('finds the build under the repository when run as `electron .`', () => {
    const root = path.join(path.sep, 'src', 'factdesk');
    expect(appLayout(root)).toEqual({
      preload: path.join(root, 'dist', 'electron', 'preload.cjs'),
      rendererDir: path.join(root, 'dist', 'renderer'),
      licensesFile: path.join(root, 'dist', 'licenses.json'),
      extractWorker: path.join(root, 'dist', 'workers', 'extract-worker.mjs'),
    });
  });

  it('packaged: everything inside app.asar except the worker, which is unpacked beside it', () => {
    const resources = path.join(path.sep, 'opt', 'Factdesk', 'resources');
    const layout = appLayout(path.join(resources, 'app.asar'));
    expect(layout.preload).toBe(path.join(resources, 'app.asar', 'dist', 'electron', 'preload.cjs'));
    expect(layout.rendererDir).toBe(path.join(resources, 'app.asar', 'dist', 'renderer'));
    expect(layout.extractWorker).toBe(
      path.join(resources, 'app.asar.unpacked', 'dist', 'workers', 'extract-worker.mjs'),
    );
  });
});
