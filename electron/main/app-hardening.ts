import type { App, Session } from 'electron';
import path from 'node:path';
import { hardenSession } from './security';

/**
 * App-wide hardening, before `ready`: every renderer is sandboxed (`app.enableSandbox()`, so
 * one created by a future dependency is too, not only the windows `createAppWindow` makes), and
 * every session gets the same lockdown as the default one the moment it is created (a future
 * `partition` would otherwise have no request filter and no permission handlers).
 */
export function hardenApp(
  app: Pick<App, 'enableSandbox' | 'on' | 'isPackaged'>,
  platform: NodeJS.Platform = process.platform,
): void {
  app.enableSandbox();
  app.on('session-created', (created: Session) => {
    hardenSession(created, { allowDevtools: !app.isPackaged, platform });
  });
}

/**
 * The settings folder `FACTDESK_USER_DATA` names, honoured only in an unpackaged (development or
 * test) build: an installed app never lets its environment move where its settings live.
 */
export function userDataOverride(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const dir = env.FACTDESK_USER_DATA;
  return !isPackaged && dir ? path.resolve(dir) : null;
}
