// electron-builder.yml checked here, on a machine that cannot run electron-builder's packaging:
// against electron-builder's own JSON schema (the one it validates with before every build), and
// for the specifics the installers promise.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, repoRoot } from './builder-config';

const schemaFile = path.join(repoRoot, 'node_modules', 'app-builder-lib', 'scheme.json');
const config = loadBuilderConfig();
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** electron-builder's validator, with its options minus type coercion (stricter than it is). */
function builderValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

type Target = { target: string; arch?: string[] };
const targetsOf = (section: unknown): Target[] =>
  ((section as { target: (string | Target)[] }).target ?? []).map((entry) =>
    typeof entry === 'string' ? { target: entry } : entry,
  );
const section = (name: string) => config[name] as Record<string, unknown>;

describe('electron-builder.yml against electron-builder’s schema', () => {
  const validate = builderValidator();

  it('is valid', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a misspelt option or a wrong type (the schema is really applied)', () => {
    expect(validate({ ...config, mac: { ...section('mac'), hardenRuntime: true } })).toBe(false);
    expect(validate({ ...config, nsis: { ...section('nsis'), perMachine: 'sometimes' } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });
});

describe('electron-builder.yml: what the installers promise', () => {
  it('names the app once, as package.json does', () => {
    expect(config.appId).toBe('org.factdesk.app');
    expect(config.productName).toBe('Factdesk');
    expect(packageJson.productName).toBe(config.productName);
  });

  it('macOS: a dmg for Intel and Apple silicon, hardened runtime with only the JIT entitlement, notarized', () => {
    const mac = section('mac');
    expect(targetsOf(mac)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.notarize).toBe(true);
    expect(mac.entitlements).toBe('resources/entitlements.mac.plist');
    expect(mac.entitlementsInherit).toBe(mac.entitlements);
    const plist = readFileSync(path.join(repoRoot, String(mac.entitlements)), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('Windows: an assisted NSIS installer, per user, whose folder can be changed', () => {
    expect(targetsOf(section('win')).map((target) => target.target)).toEqual(['nsis']);
    expect(section('nsis')).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
    });
  });

  it('Linux: AppImage and deb, with a maintainer, in the Office category', () => {
    const linux = section('linux');
    expect(targetsOf(linux).map((target) => target.target)).toEqual(['AppImage', 'deb']);
    expect(linux.maintainer).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+>$/);
    expect(linux.category).toBe('Office');
    const entry = (linux.desktop as { entry: Record<string, string> }).entry;
    expect(entry.Categories?.split(';')).toContain('Office');
  });

  it('every icon and resource it names exists', () => {
    for (const file of [section('mac').icon, section('win').icon, section('linux').icon]) {
      expect(existsSync(path.join(repoRoot, String(file))), String(file)).toBe(true);
    }
  });

  it('packs into an integrity-checked asar, with the claim worker unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['dist/workers/**']);
  });

  it('locks the binary with fuses', () => {
    expect(config.electronFuses).toEqual({
      // An unsigned arm64 macOS build whose fuses were flipped launches only with this.
      resetAdHocDarwinSignature: true,
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the build only: no source maps, tests, CLI or web workbench (see app-archive.test.ts)', () => {
    expect(config.files).toEqual([
      'package.json',
      'dist/**/*',
      '!dist/**/*.map',
      '!dist/**/*.{test,spec}.*',
      '!dist/cli/**',
      '!dist/web/**',
    ]);
    // No runtime dependencies, hence no node_modules in the app.
    expect(packageJson.dependencies ?? {}).toEqual({});
  });

  it('associates NAME.factdesk project folders with the app on macOS only (folders are packages there)', () => {
    expect(section('mac').fileAssociations).toEqual([
      expect.objectContaining({ ext: 'factdesk', role: 'Editor', isPackage: true }),
    ]);
    // Windows and Linux associate file extensions, and a project is a folder: nothing to register.
    expect(config).not.toHaveProperty('fileAssociations');
    expect(section('win')).not.toHaveProperty('fileAssociations');
    expect(section('linux')).not.toHaveProperty('fileAssociations');
  });

  it('publishes nothing: no update feed (updates are manual, offline by design)', () => {
    expect(config).toHaveProperty('publish', null);
  });
});
