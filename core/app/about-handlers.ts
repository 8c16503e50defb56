import type { AboutInfo } from '../../shared/ipc/about';
import type { Services } from '../index';
import type { HandlerMap } from '../ipc/handlers';
import { outputInMode, readLicenses } from './read-licenses';

/**
 * `app:about`: the version, the app's licence and the licences of the packages bundled into this
 * mode's code, from the list the build wrote. Read once; a failed read is tried again next time.
 */
export function aboutHandlers(services: Services): Pick<HandlerMap, 'app:about'> {
  let about: Promise<AboutInfo> | null = null;
  const load = async (): Promise<AboutInfo> => {
    const licenses = await readLicenses(services.licensesFile);
    return {
      name: licenses.app.name,
      version: services.version,
      mode: services.mode,
      license: licenses.app.license,
      licenseText: licenses.app.licenseText,
      packages: licenses.packages
        .filter((entry) => entry.usedBy.some((output) => outputInMode(output, services.mode)))
        .map(({ name, version, license, licenseText }) => ({ name, version, license, licenseText })),
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
