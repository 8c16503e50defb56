import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { isAppUrl, isExternalLinkAllowed, isRequestAllowed } from './url-policy';

describe('isAppUrl', () => {
  it('accepts the app origin and its paths', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index-abc.js?x=1#top`)).toBe(true);
  });

  it.each([
    'https://factdesk/',
    'app://factdesk.evil.example/index.html',
    'app://evil/index.html',
    'app://factdesk:8080/index.html',
    'app://user@factdesk/index.html',
    'app://factdesk@evil/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1:5173/',
    'devtools://devtools/bundled/inspector.html',
    'javascript:alert(1)',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(42)).toBe(false);
  });
});

describe('isExternalLinkAllowed', () => {
  it('allows plain https links', () => {
    expect(isExternalLinkAllowed('https://www.nato.int/cps/en/natohq/news.htm')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'mailto:desk@example.com',
    'app://factdesk/index.html',
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %s', (url) => {
    expect(isExternalLinkAllowed(url)).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  const packaged = { allowDevtools: false };
  const development = { allowDevtools: true };

  it('lets through only the app origin, data: and app blobs', () => {
    expect(isRequestAllowed(`${APP_ORIGIN}/assets/index.js`, packaged)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isRequestAllowed(`blob:${APP_ORIGIN}/5f1c-uuid`, packaged)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:3000/',
    'ws://127.0.0.1:9229/',
    'wss://example.com/socket',
    'ftp://example.com/',
    'file:///home/checker/secret.txt',
    'blob:https://evil.example/uuid',
    'chrome-extension://abc/page.html',
    'app://other/index.html',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url, development)).toBe(false);
  });

  it('lets DevTools load its front end in development builds only', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(isRequestAllowed(url, development)).toBe(true);
    expect(isRequestAllowed(url, packaged)).toBe(false);
  });
});
