import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, type FakeBrowserWindow } from '../../test-support/electron-boundary-mock';
import { createAppWindow, windowStateOf } from './create-window';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-state';

const make = (state = { x: 10, y: 20, width: 1000, height: 700, maximized: false }, devTools = false) =>
  createAppWindow({
    preload: '/app/dist/electron/preload.cjs',
    devTools,
    state,
  }) as unknown as FakeBrowserWindow;

describe('createAppWindow', () => {
  it('creates the BrowserWindow with the secure web preferences', () => {
    const window = make();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: false,
    });
  });

  it('places and sizes it from the state, with a minimum size, hidden until first paint', () => {
    const window = make();
    expect(window.options).toMatchObject({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: MIN_WINDOW_WIDTH,
      minHeight: MIN_WINDOW_HEIGHT,
      show: false,
    });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('lets Electron centre a window with no remembered position, and restores maximized', () => {
    const window = make({ width: 900, height: 600, maximized: true } as never);
    expect(window.options).not.toHaveProperty('x');
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
  });

  it('does not load anything itself (the caller opens a project first)', () => {
    expect(make().loadURL).not.toHaveBeenCalled();
  });

  it('remembers normal bounds and maximized', () => {
    expect(windowStateOf(make() as never)).toEqual({
      x: 40,
      y: 30,
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(boundary.BrowserWindow.instances.length).toBeGreaterThan(0);
  });
});
