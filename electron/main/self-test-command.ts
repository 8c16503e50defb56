import path from 'node:path';

/** The switch that runs the self-test instead of the app. */
export const SELF_TEST_SWITCH = '--self-test';

/** What the command line asks of the self-test: a project folder to open, or a usage mistake. */
export type SelfTestRequest =
  { readonly kind: 'run'; readonly dir: string } | { readonly kind: 'usage'; readonly message: string };

const USAGE =
  '--self-test needs the project folder to open, as in `Factdesk --self-test DIR` (the folder that holds project.json).';

/**
 * Reads `--self-test DIR` (or `--self-test=DIR`) from the app's own arguments (`process.argv`, as
 * electron.d.ts advises for an app's switches; `app.commandLine` holds Chromium's). DIR is the
 * argument right after the switch, resolved against `cwd`; a missing DIR, or another switch in its
 * place, is a usage mistake. Null when the switch is not there.
 */
export function selfTestRequest(argv: readonly string[], cwd: string): SelfTestRequest | null {
  const index = argv.findIndex((arg) => arg === SELF_TEST_SWITCH || arg.startsWith(`${SELF_TEST_SWITCH}=`));
  if (index < 0) return null;
  const arg = argv[index]!;
  const dir = arg === SELF_TEST_SWITCH ? argv[index + 1] : arg.slice(SELF_TEST_SWITCH.length + 1);
  if (dir === undefined || dir.trim() === '' || dir.startsWith('-')) return { kind: 'usage', message: USAGE };
  return { kind: 'run', dir: path.resolve(cwd, dir) };
}
