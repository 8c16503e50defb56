import { APP_HOST, APP_SCHEME } from './app-origin';

/** The longest link we hand to the OS browser; anything longer is refused. */
const MAX_EXTERNAL_URL_LENGTH = 4096;

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` is a URL of the app's own origin (`app://factdesk/...`), with no port and no
 * credentials. Node and Chromium both report `null` as the origin of a custom scheme in some
 * contexts, so the parts are compared, not `URL.origin`.
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * True when a link may be handed to the OS browser: `https:` only, with a host and no
 * credentials (`https://bank.example@evil.example/` is refused).
 */
export function isExternalLinkAllowed(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return false;
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** What the session-level network filter lets through. */
export interface RequestPolicy {
  /** DevTools loads its own front end from `devtools://`; allowed in development builds only. */
  readonly allowDevtools: boolean;
}

/**
 * True when the session may perform a request for `raw`. Everything the app shows comes from
 * `app://factdesk/`; `data:` and `blob:` URLs carry no network traffic. Every other scheme
 * (http, https, ws, ftp, file, other custom schemes) is cancelled, so the app makes no network
 * request and a page cannot read arbitrary files.
 */
export function isRequestAllowed(raw: unknown, policy: RequestPolicy): boolean {
  const url = parse(raw);
  if (url === null) return false;
  if (isAppUrl(raw)) return true;
  switch (url.protocol) {
    case 'data:':
      return true;
    case 'blob:':
      return isAppUrl(url.pathname);
    case 'devtools:':
      return policy.allowDevtools;
    default:
      return false;
  }
}
