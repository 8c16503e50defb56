import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from './security';

// security.ts imports only electron's types, so these tests hand it plain fakes of a session and a
// web contents, and need no module mock.

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: never) => (handlers.device = fn),
    webRequest: { onBeforeRequest: (fn: never) => (handlers.beforeRequest = fn) },
    setSpellCheckerEnabled: vi.fn(),
  };
  return { session: session as unknown as Session, handlers, spellChecker: session.setSpellCheckerEnabled };
}

function fakeContents() {
  const emitter = new EventEmitter();
  let windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof windowOpen) => (windowOpen = handler),
  });
  const fire = (event: string, url: string) => {
    const details = { url, prevented: false, preventDefault: () => (details.prevented = true) };
    emitter.emit(event, details);
    return details.prevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => windowOpen?.({ url }) };
}

describe('hardenSession', () => {
  it('denies every permission request, check and device', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, { allowDevtools: false });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      (handlers.request as (...args: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect((handlers.check as (...args: unknown[]) => boolean)({}, permission, 'app://factdesk', {})).toBe(
        false,
      );
    }
    expect((handlers.device as (...args: unknown[]) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off on Linux only, where it would download dictionaries', () => {
    const linux = fakeSession();
    hardenSession(linux.session, { allowDevtools: false, platform: 'linux' });
    expect(linux.spellChecker).toHaveBeenCalledWith(false);
    for (const platform of ['darwin', 'win32'] as const) {
      const other = fakeSession();
      hardenSession(other.session, { allowDevtools: false, platform });
      expect(other.spellChecker).not.toHaveBeenCalled();
    }
  });

  it('cancels every request outside the app origin', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, { allowDevtools: false });
    const decide = (url: string) => {
      const callback = vi.fn();
      (handlers.beforeRequest as (...args: unknown[]) => void)({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('app://factdesk/index.html')).toEqual({ cancel: false });
    expect(decide('https://example.com/track.gif')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: true });
  });

  it('lets DevTools load in development builds', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, { allowDevtools: true });
    const callback = vi.fn();
    (handlers.beforeRequest as (...args: unknown[]) => void)({ url: 'devtools://devtools/x.html' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: false });
  });
});

describe('hardenWebContents', () => {
  const setup = () => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal });
    return { ...fake, openExternal };
  };

  it('prevents navigation and redirects away from the app origin', () => {
    const { fire } = setup();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'https://evil.example/'), event).toBe(true);
      expect(fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(fire(event, 'app://factdesk.evil/index.html'), event).toBe(true);
      expect(fire(event, 'app://factdesk/index.html'), event).toBe(false);
    }
  });

  it('prevents attaching a webview', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview', 'app://factdesk/index.html')).toBe(true);
  });

  it('denies every new window, and hands only https links to the OS browser', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.nato.int/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.nato.int/');
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'app://factdesk/index.html',
      'javascript:1',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
