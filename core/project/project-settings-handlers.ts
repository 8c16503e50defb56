import { settingsHistory } from '../desk/settings-history';
import type { HandlerSlice } from '../ipc/handler-types';

type ProjectSettingsChannel = 'project:setTitle' | 'project:settingsHistory';

/** Renaming the open project, and the history of its settings as the desk logged them. */
export const projectSettingsHandlers: HandlerSlice<ProjectSettingsChannel> = {
  'project:setTitle': ({ title }, session) => session.project.setTitle(title, session.deskChecker),
  'project:settingsHistory': (_args, session) => settingsHistory(session.project),
};
