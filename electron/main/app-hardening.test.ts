import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenApp, userDataOverride } from './app-hardening';
import { createFakeSession } from '../../test-support/electron-boundary-mock';

describe('userDataOverride', () => {
  it('honours FACTDESK_USER_DATA only when the app is not packaged', () => {
    const env = { FACTDESK_USER_DATA: 'profiles/test' };
    expect(userDataOverride(env, false)).toBe(path.resolve('profiles/test'));
    expect(userDataOverride(env, true)).toBeNull();
    expect(userDataOverride({}, false)).toBeNull();
    expect(userDataOverride({ FACTDESK_USER_DATA: '' }, false)).toBeNull();
  });
});

describe('hardenApp', () => {
  it('sandboxes the app and hardens every session created from then on', () => {
    const app = Object.assign(new EventEmitter(), { enableSandbox: vi.fn(), isPackaged: true });
    hardenApp(app as unknown as App, 'linux');
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    const session = createFakeSession();
    app.emit('session-created', session);
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const decide = vi.fn();
    // Packaged: not even DevTools' own front end may load.
    session.beforeRequest?.({ url: 'devtools://devtools/bundled/inspector.html' } as never, decide as never);
    expect(decide).toHaveBeenCalledWith({ cancel: true });
  });
});
