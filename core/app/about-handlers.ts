import type { AboutInfo } from '../../shared/ipc/about';
import type { HandlerSlice } from '../ipc/handler-types';
import { outputInMode, readLicenses } from './read-licenses';

/**
 * `app:about`: the version, the app's licence, the licences of the packages bundled into this mode's
 * code and the data the bundled model learnt from, from the list the build wrote. Read once; a failed read is tried again next time.
 */
export function aboutHandlers(app: {
  readonly mode: 'desktop' | 'web';
  readonly version: string;
  readonly licensesFile?: string;
}): HandlerSlice<'app:about'> {
  let about: Promise<AboutInfo> | null = null;
  const load = async (): Promise<AboutInfo> => {
    const licenses = await readLicenses(app.licensesFile);
    return {
      name: licenses.app.name,
      version: app.version,
      mode: app.mode,
      license: licenses.app.license,
      licenseText: licenses.app.licenseText,
      packages: licenses.packages
        .filter((entry) => entry.usedBy.some((output) => outputInMode(output, app.mode)))
        .map(({ name, version, license, licenseText }) => ({ name, version, license, licenseText })),
      datasets: licenses.datasets,
    };
  };
  return {
    'app:about': () => {
      about ??= load().catch((error: unknown) => {
        about = null;
        throw error;
      });
      return about;
    },
  };
}
