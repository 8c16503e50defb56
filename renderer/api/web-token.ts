const STORAGE_KEY = 'factdesk.token';

/**
 * The web workbench's access token. It arrives once in the page address (`#token=…`); it is kept in
 * sessionStorage so that reloads work, and removed from the visible address at once.
 */
export function takeWebToken(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be unavailable (private mode); the token still works until the page reloads.
    }
    fragment.delete('token');
    const rest = fragment.toString();
    const url = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
    window.history.replaceState(window.history.state, '', url);
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
