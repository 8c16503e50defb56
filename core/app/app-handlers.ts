import type { HandlerSlice } from '../ipc/handler-types';
import type { AppSettings } from './app-settings';

/** What the app handlers need: how the app presents itself and its settings. */
export interface AppContext {
  readonly mode: 'desktop' | 'web';
  readonly version: string;
  readonly settings: AppSettings;
}

/** Handlers for the app itself: what it is, who checks, and the recent projects. */
export function appHandlers({
  mode,
  version,
  settings,
}: AppContext): HandlerSlice<'app:info' | 'app:setChecker' | 'projects:recent'> {
  const appInfo = () => ({
    mode,
    version,
    checker: settings.checker,
    checkerChosen: settings.checkerChosen,
    checkerEmail: settings.checkerEmail,
  });
  return {
    'app:info': async () => appInfo(),
    'app:setChecker': async ({ name, email }) => {
      await settings.setChecker(name, email);
      return appInfo();
    },
    'projects:recent': async () => settings.recent(),
  };
}
