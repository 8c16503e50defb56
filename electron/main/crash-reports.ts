import type { CrashReporter, CrashReporterStartOptions } from 'electron';

/**
 * Crash reports stay on this machine. Electron's crash reporter uploads by default, and a crash
 * dump can hold pieces of the draft being checked, so it is started with uploads off: Crashpad
 * only writes minidumps into `app.getPath('crashDumps')`, where a checker may find and send one
 * by hand. No `submitURL` is given, so there is nowhere to send them.
 */
export const LOCAL_CRASH_REPORTS = {
  uploadToServer: false,
  rateLimit: false,
} as const satisfies CrashReporterStartOptions;

/** Starts the crash reporter with uploads off (call before `ready`, as Electron advises). */
export function keepCrashReportsLocal(crashReporter: Pick<CrashReporter, 'start'>): void {
  crashReporter.start({ ...LOCAL_CRASH_REPORTS });
}
