/**
 * The app's own origin. The renderer is served from `app://factdesk/` (a privileged, standard,
 * secure custom scheme) rather than from `file://`, so it has a real origin of its own that
 * navigation guards, the IPC sender check and the network filter can compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'factdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What a window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
