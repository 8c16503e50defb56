import type { Session, WebContents } from 'electron';
import { isAppUrl, isExternalLinkAllowed, isRequestAllowed } from './url-policy';

/** What the session hardening needs to know. */
export interface SessionHardeningOptions {
  /** Development builds let DevTools load its own front end. */
  readonly allowDevtools: boolean;
  /** The OS (default: this one). On Linux, spellchecking is turned off: see `hardenSession`. */
  readonly platform?: NodeJS.Platform;
}

/**
 * Locks down a session: every permission request and check is denied (camera, notifications,
 * clipboard-read, geolocation, HID/serial/USB devices...), and every request outside the app's
 * own origin is cancelled before it leaves, so the app makes no network request at all.
 */
export function hardenSession(ses: Session, options: SessionHardeningOptions): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, { allowDevtools: options.allowDevtools }) });
  });
  // On Linux, Chromium's spellchecker downloads Hunspell dictionaries from Google's CDN on first
  // use. Factdesk makes no network request, so there it has no spellchecker (macOS and Windows use
  // the OS's own, which downloads nothing).
  if ((options.platform ?? process.platform) === 'linux') ses.setSpellCheckerEnabled(false);
}

/** How a link the checker clicked reaches the OS browser. */
export interface WebContentsHardeningOptions {
  readonly openExternal: (url: string) => Promise<void>;
}

/**
 * Guards one web contents: it may navigate and redirect only within the app's origin, it may
 * not open windows (an `https:` link opened with target=_blank goes to the OS browser instead),
 * and it may not attach a `<webview>`.
 */
export function hardenWebContents(contents: WebContents, options: WebContentsHardeningOptions): void {
  const keepInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => keepInApp(event, event.url));
  contents.on('will-frame-navigate', (event) => keepInApp(event, event.url));
  contents.on('will-redirect', (event) => keepInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) {
      options.openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}
