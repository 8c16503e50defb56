import type { WebPreferences } from 'electron';

/** What varies between windows' preferences. */
export interface WebPreferencesOptions {
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  readonly preload: string;
  /** DevTools exist in development builds only. */
  readonly devTools: boolean;
}

/**
 * The preferences of every app window: an isolated, sandboxed renderer with no Node, full web
 * security, no `<webview>`, and only the preload's narrow bridge.
 */
export function secureWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    devTools: options.devTools,
    safeDialogs: true,
  };
}
