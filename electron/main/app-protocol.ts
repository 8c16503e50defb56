import { protocol } from 'electron';
import { createAppRequestHandler } from './app-assets';
import { APP_SCHEME } from './app-origin';

/**
 * Declares the app scheme before `ready` (Electron requires this): `standard` so relative URLs,
 * origins and storage work like https; `secure` so it is a secure context; `supportFetchAPI` and
 * `codeCache` for the bundle. Deliberately not `bypassCSP` (the CSP must apply) and not
 * `corsEnabled` (which would let other origins read it; same-origin module scripts need no CORS).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer (`rendererDir`) on the app scheme of the default session. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
