import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserError } from '../../shared/errors';

const PackageSchema = z.object({
  name: z.string().min(1).max(214),
  version: z.string().max(256),
  license: z.string().max(1000),
  licenseText: z.string().max(1_000_000).nullable(),
});

/** `dist/licenses.json`, written by the build (scripts/licenses/bundled-licenses.mjs). */
const LicensesFileSchema = z.object({
  format: z.literal('factdesk-licenses'),
  version: z.literal(1),
  app: PackageSchema,
  packages: z.array(PackageSchema.extend({ usedBy: z.array(z.string().max(500)) })).max(10_000),
  /** The data the bundled check-worthiness model was trained on. */
  datasets: z.array(PackageSchema).max(100),
});
export type LicensesFile = z.infer<typeof LicensesFileSchema>;

/** Reads and checks the build's licence list; a missing or damaged one is refused in one sentence. */
export async function readLicenses(file: string | undefined): Promise<LicensesFile> {
  if (!file)
    throw new UserError('This build of Factdesk has no list of licences; run npm run build.', 'unavailable');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`The list of licences (${file}) is missing; run npm run build.`, 'unavailable');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = LicensesFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new UserError(`The list of licences (${file}) is damaged; run npm run build.`, 'unavailable');
  }
  return parsed.data;
}

/**
 * Whether a build output belongs to a mode: the desktop app runs the Electron bundles, the web
 * workbench its server; both run the claim worker and the renderer. The CLI is in neither.
 */
export function outputInMode(output: string, mode: 'desktop' | 'web'): boolean {
  if (output === 'renderer' || output.startsWith('workers/')) return true;
  return output.startsWith(mode === 'desktop' ? 'electron/' : 'web/');
}
