/**
 * Runs `--self-test PROJECT_DIR` (electron/main/self-test.ts) in the packaged app that
 * electron-builder left in release/, as CI does after building the installers on each system, on a
 * sample project the CLI made:
 * - Linux: the AppImage (extracted and run, as on a machine without FUSE) and the unpacked
 *   `linux-unpacked/factdesk-desktop` (what the .deb installs); under Xvfb (`xvfb-run -a`);
 * - Windows: the unpacked `win-unpacked/Factdesk.exe` (what the installer installs);
 * - macOS: the .app installed from the .dmg for this machine's architecture (mounted, copied out as
 *   a person drags it to Applications, unmounted).
 * Each prints its one line. The script exits 1 when any failed, none was found, or any changed a
 * single byte under PROJECT_DIR (the self-test opens it read-only); 2 without PROJECT_DIR.
 *
 *   npx tsx scripts/packaging/packaged-self-test.ts PROJECT_DIR [release-dir]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { folderFingerprint } from '../../test-support/folder-fingerprint';

/** How long one self-test may take before it is stopped (the app's own limit is two minutes). */
const TIMEOUT_MS = 180_000;

/** One packaged app to self-test. */
export interface PackagedApp {
  readonly label: string;
  /** A .dmg to install the app from first (macOS). */
  readonly dmg?: string;
  /** The executable; inside the installed .app when `dmg` is set. */
  readonly executable: string;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The packaged apps to self-test in `releaseDir`, whose file names are `files`, for this system;
 * an empty list when electron-builder left none there.
 */
export function packagedApps(
  releaseDir: string,
  files: readonly string[],
  platform: NodeJS.Platform,
  arch: string,
): PackagedApp[] {
  const inRelease = (...parts: string[]) => path.join(releaseDir, ...parts);
  if (platform === 'linux') {
    const apps: PackagedApp[] = files
      .filter((file) => file.endsWith('.AppImage'))
      .map((file) => ({
        label: `AppImage ${file}`,
        executable: inRelease(file),
        env: { APPIMAGE_EXTRACT_AND_RUN: '1' },
      }));
    if (files.includes('linux-unpacked')) {
      apps.push({ label: 'linux-unpacked', executable: inRelease('linux-unpacked', 'factdesk-desktop') });
    }
    return apps;
  }
  if (platform === 'win32') {
    return files.includes('win-unpacked')
      ? [{ label: 'win-unpacked', executable: inRelease('win-unpacked', 'Factdesk.exe') }]
      : [];
  }
  if (platform === 'darwin') {
    // electron-builder names the arm64 image …-arm64.dmg and the x64 one without an architecture.
    const dmg = files.find(
      (file) =>
        file.endsWith('.dmg') &&
        (arch === 'arm64' ? file.endsWith('-arm64.dmg') : !/-arm64\.dmg$/.test(file)),
    );
    return dmg
      ? [
          {
            label: `installed from ${dmg}`,
            dmg: inRelease(dmg),
            executable: 'Factdesk.app/Contents/MacOS/Factdesk',
          },
        ]
      : [];
  }
  return [];
}

/** Copies the .app out of the image into a fresh folder, as a person installs it; the executable's path. */
function installFromDmg(dmg: string, executable: string): string {
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'factdesk-dmg-'));
  const applications = mkdtempSync(path.join(tmpdir(), 'factdesk-applications-'));
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}.`);
  };
  run('hdiutil', ['attach', '-nobrowse', '-readonly', '-mountpoint', mountPoint, dmg]);
  try {
    run('ditto', [path.join(mountPoint, 'Factdesk.app'), path.join(applications, 'Factdesk.app')]);
  } finally {
    run('hdiutil', ['detach', mountPoint]);
  }
  return path.join(applications, executable);
}

/** Runs one app's self-test on `projectDir`; its exit code (1 when it did not end in time or could not start). */
function selfTest(app: PackagedApp, projectDir: string): Promise<number> {
  return new Promise((resolve) => {
    let executable: string;
    try {
      executable = app.dmg ? installFromDmg(app.dmg, app.executable) : app.executable;
    } catch (error) {
      console.error(`${app.label}: could not be installed: ${(error as Error).message}`);
      resolve(1);
      return;
    }
    console.log(`${app.label}: ${executable} --self-test ${projectDir}`);
    const child = spawn(executable, ['--self-test', projectDir], {
      stdio: 'inherit',
      env: { ...process.env, ...app.env },
    });
    const timer = setTimeout(() => {
      console.error(`${app.label}: no result within ${TIMEOUT_MS / 1000} s; stopped.`);
      child.kill();
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`${app.label}: could not start: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const [project, release] = process.argv.slice(2);
  if (!project) {
    console.error('Usage: packaged-self-test.ts PROJECT_DIR [RELEASE_DIR] (a project the CLI made).');
    process.exit(2);
  }
  const projectDir = path.resolve(project);
  const releaseDir = path.resolve(release ?? 'release');
  const apps = packagedApps(releaseDir, readdirSync(releaseDir), process.platform, process.arch);
  if (apps.length === 0) {
    console.error(
      `No packaged app for ${process.platform} (${process.arch}) in ${releaseDir}; run electron-builder first.`,
    );
    process.exit(1);
  }
  let failed = 0;
  for (const app of apps) {
    const before = await folderFingerprint(projectDir);
    let code = await selfTest(app, projectDir);
    if (!isDeepStrictEqual(await folderFingerprint(projectDir), before)) {
      console.error(`${app.label}: the self-test changed files under ${projectDir}; it must write nothing.`);
      code = code === 0 ? 1 : code;
    }
    console.log(`${app.label}: exit ${code}`);
    if (code !== 0) failed += 1;
  }
  process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
