/**
 * The Content-Security-Policy every app page is served with (a response header from the app
 * protocol). Scripts, styles and fonts come only from the app's own origin, images also from
 * `data:`; nothing may be framed, embedded, posted or fetched elsewhere. No `unsafe-*` source.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Serializes directives as a header value: `name source source; name source`. */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The header value. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);
