import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences({ preload: '/app/dist/electron/preload.cjs', devTools: false });

  it('isolates and sandboxes the renderer, with no Node', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and webviews off', () => {
    expect(preferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('uses the bundled preload, spellchecks, and has DevTools only when asked', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
    expect(preferences.spellcheck).toBe(true);
    expect(preferences.devTools).toBe(false);
    expect(secureWebPreferences({ preload: 'p', devTools: true }).devTools).toBe(true);
  });
});
