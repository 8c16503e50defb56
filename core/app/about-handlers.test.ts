import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';

const pkg = (name: string, usedBy: string[], licenseText: string | null = `${name} licence text`) => ({
  name,
  version: '1.0.0',
  license: 'MIT',
  licenseText,
  usedBy,
});

const licenses = {
  format: 'factdesk-licenses',
  version: 1,
  app: { name: 'Factdesk', version: '9.9.9', license: 'MIT', licenseText: 'MIT License …' },
  packages: [
    pkg('lowdb', ['cli/factdesk.mjs', 'electron/main.cjs', 'web/factdesk-web.mjs']),
    pkg('node-fetch', ['cli/factdesk.mjs']),
    pkg('react', ['renderer']),
    pkg('web-only', ['web/factdesk-web.mjs'], null),
    pkg('<img src=x onerror=alert(1)>', ['workers/extract-worker.mjs'], '<script>alert(1)</script>'),
  ],
  datasets: [
    { name: 'ClaimBuster', version: '', license: 'CC-BY-4.0', licenseText: 'Trained on ClaimBuster.' },
  ],
};

async function licensesFile(content: string): Promise<string> {
  const file = join(await tempDir('factdesk-licenses-'), 'licenses.json');
  await writeFile(file, content);
  return file;
}

describe('app:about', () => {
  it('gives the running version, the app licence and the licences bundled into the desktop app', async () => {
    const file = await licensesFile(JSON.stringify(licenses));
    const { call } = await servicesWithRouter({ mode: 'desktop', licensesFile: file });
    const about = await call('app:about', {});
    expect(about).toMatchObject({ name: 'Factdesk', version: '0.0.0-test', mode: 'desktop', license: 'MIT' });
    expect(about.licenseText).toContain('MIT License');
    // The CLI's and the web server's own packages are not in the desktop app.
    expect(about.packages.map((entry) => entry.name)).toEqual([
      'lowdb',
      'react',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(about.packages[0]).toEqual({
      name: 'lowdb',
      version: '1.0.0',
      license: 'MIT',
      licenseText: 'lowdb licence text',
    });
  });

  it('lists the web workbench’s packages in the web workbench', async () => {
    const file = await licensesFile(JSON.stringify(licenses));
    const { call } = await servicesWithRouter({ mode: 'web', licensesFile: file });
    const names = (await call('app:about', {})).packages.map((entry) => entry.name);
    expect(names).toEqual(['lowdb', 'react', 'web-only', '<img src=x onerror=alert(1)>']);
  });

  it('credits the data the bundled model was trained on, in both modes', async () => {
    const file = await licensesFile(JSON.stringify(licenses));
    for (const mode of ['desktop', 'web'] as const) {
      const { call } = await servicesWithRouter({ mode, licensesFile: file });
      expect((await call('app:about', {})).datasets).toEqual(licenses.datasets);
    }
  });

  it('refuses a list without the datasets the model was trained on (an old build) in one sentence', async () => {
    const { datasets: _left, ...old } = licenses;
    const file = await licensesFile(JSON.stringify(old));
    const { raw } = await servicesWithRouter({ licensesFile: file });
    await expect(raw('app:about', {})).resolves.toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `The list of licences (${file}) is damaged; run npm run build.`,
      },
    });
  });

  it('refuses a missing, damaged or absent list in one sentence, and reads it again once it is fixed', async () => {
    const missing = join(await tempDir(), 'licenses.json');
    const { raw } = await servicesWithRouter({ licensesFile: missing });
    await expect(raw('app:about', {})).resolves.toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `The list of licences (${missing}) is missing; run npm run build.`,
      },
    });
    await writeFile(missing, '{"format":"factdesk-licenses","version":1,"app":{}');
    await expect(raw('app:about', {})).resolves.toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `The list of licences (${missing}) is damaged; run npm run build.`,
      },
    });
    await writeFile(missing, JSON.stringify(licenses));
    await expect(raw('app:about', {})).resolves.toMatchObject({ ok: true });

    const { raw: noFile } = await servicesWithRouter();
    await expect(noFile('app:about', {})).resolves.toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: 'This build of Factdesk has no list of licences; run npm run build.',
      },
    });
  });
});
