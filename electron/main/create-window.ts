import { BrowserWindow } from 'electron';
import { attachContextMenu } from './context-menu';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type WindowState } from './window-state';
import { secureWebPreferences } from './web-preferences';

/** What a new window needs. */
export interface CreateWindowOptions {
  /** Absolute path of `dist/electron/preload.cjs`. */
  readonly preload: string;
  /** DevTools in development builds only. */
  readonly devTools: boolean;
  /** Where and how large, already fitted to the displays. */
  readonly state: WindowState;
  /** Never shown (the self-test). */
  readonly hidden?: boolean;
}

/**
 * Makes an app window with the secure preferences and its right-click menu. It is not loaded yet (the caller may open a
 * project in its session first) and stays hidden until its first paint. Navigation, window-open
 * and `<webview>` guards are applied to every web contents in `main.ts` (`web-contents-created`).
 */
export function createAppWindow(options: CreateWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    title: 'Factdesk',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.devTools }),
  });
  attachContextMenu(window);
  if (!options.hidden) {
    window.once('ready-to-show', () => {
      if (state.maximized) window.maximize();
      window.show();
    });
  }
  return window;
}

/** The window's place to remember: its normal (unmaximized) bounds and whether it is maximized. */
export function windowStateOf(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}
