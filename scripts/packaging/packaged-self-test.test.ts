import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedApps } from './packaged-self-test';

// What electron-builder leaves in release/ on each system (file names as it makes them).
const linux = ['Factdesk-0.1.0.AppImage', 'factdesk_0.1.0_amd64.deb', 'linux-unpacked', 'builder-debug.yml'];
const windows = ['Factdesk Setup 0.1.0.exe', 'Factdesk Setup 0.1.0.exe.blockmap', 'win-unpacked'];
const mac = ['Factdesk-0.1.0.dmg', 'Factdesk-0.1.0-arm64.dmg', 'mac', 'mac-arm64', 'latest-mac.yml'];

describe('the packaged apps CI self-tests', () => {
  it('on Linux: the AppImage, extracted and run, and the unpacked binary the .deb installs', () => {
    expect(packagedApps('/r', linux, 'linux', 'x64')).toEqual([
      {
        label: 'AppImage Factdesk-0.1.0.AppImage',
        executable: path.join('/r', 'Factdesk-0.1.0.AppImage'),
        env: { APPIMAGE_EXTRACT_AND_RUN: '1' },
      },
      { label: 'linux-unpacked', executable: path.join('/r', 'linux-unpacked', 'factdesk-desktop') },
    ]);
  });

  it('on Windows: the unpacked Factdesk.exe', () => {
    expect(packagedApps('/r', windows, 'win32', 'x64')).toEqual([
      { label: 'win-unpacked', executable: path.join('/r', 'win-unpacked', 'Factdesk.exe') },
    ]);
  });

  it("on macOS: the .app installed from the image of the machine's architecture", () => {
    const app = 'Factdesk.app/Contents/MacOS/Factdesk';
    expect(packagedApps('/r', mac, 'darwin', 'arm64')).toEqual([
      {
        label: 'installed from Factdesk-0.1.0-arm64.dmg',
        dmg: path.join('/r', 'Factdesk-0.1.0-arm64.dmg'),
        executable: app,
      },
    ]);
    expect(packagedApps('/r', mac, 'darwin', 'x64')).toEqual([
      {
        label: 'installed from Factdesk-0.1.0.dmg',
        dmg: path.join('/r', 'Factdesk-0.1.0.dmg'),
        executable: app,
      },
    ]);
  });

  it('finds none in a release folder of another system or an empty one', () => {
    expect(packagedApps('/r', linux, 'win32', 'x64')).toEqual([]);
    expect(packagedApps('/r', windows, 'darwin', 'arm64')).toEqual([]);
    expect(packagedApps('/r', [], 'linux', 'x64')).toEqual([]);
  });

  it('exits 2 without the project folder to self-test on', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/packaging/packaged-self-test.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: packaged-self-test.ts PROJECT_DIR [RELEASE_DIR]');
  }, 60_000);

  it('exits 1 with a sentence when electron-builder left nothing to run', async () => {
    const release = await mkdtemp(path.join(tmpdir(), 'factdesk-release-'));
    await mkdir(path.join(release, 'other'));
    const run = spawnSync('npx', ['tsx', 'scripts/packaging/packaged-self-test.ts', release, release], {
      encoding: 'utf8',
    });
    await rm(release, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`No packaged app for ${process.platform} (${process.arch}) in ${release}`);
  }, 60_000);

  // The script's own part, run with a stand-in for the binary (a shell script answering as the
  // app's self-test does); the packaged app itself runs only on CI's hosted runners.
  it.skipIf(process.platform !== 'linux')(
    "passes on the binary's exit code and line, and fails a run that changed the project",
    async () => {
      const release = await mkdtemp(path.join(tmpdir(), 'factdesk-release-'));
      const project = path.join(release, 'Sample.factdesk');
      await mkdir(project);
      await writeFile(path.join(project, 'project.json'), '{}');
      const binary = path.join(release, 'linux-unpacked', 'factdesk-desktop');
      await mkdir(path.dirname(binary));
      const standIn = async (code: number, body = '') => {
        await writeFile(
          binary,
          `#!/bin/sh\n[ "$1" = --self-test ] || exit 9\necho "self-test: opened $2"\n${body}\nexit ${code}\n`,
        );
        await chmod(binary, 0o755);
        return spawnSync('npx', ['tsx', 'scripts/packaging/packaged-self-test.ts', project, release], {
          encoding: 'utf8',
        });
      };
      const passed = await standIn(0);
      expect(passed.status).toBe(0);
      expect(passed.stdout).toContain(`self-test: opened ${project}\nlinux-unpacked: exit 0`);
      const failed = await standIn(1);
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain('linux-unpacked: exit 1');
      // A binary that says it passed but left a file behind (a lock, say) fails the job.
      const wrote = await standIn(0, 'touch "$2/.lock"');
      expect(wrote.status).toBe(1);
      expect(wrote.stderr).toContain(`linux-unpacked: the self-test changed files under ${project}`);
      await rm(release, { recursive: true, force: true });
    },
    60_000,
  );
});
