import type { FactdeskApi } from '../../shared/ipc/contract';
import { createElectronApi, findPreloadBridge } from './electron-api';
import { createWebApi } from './web-api';
import { takeWebToken } from './web-token';

/** The API for this page: the preload's in Electron, HTTP in the web workbench. Call once at startup. */
export function createApi(): FactdeskApi {
  const bridge = findPreloadBridge();
  if (bridge) return createElectronApi(bridge);
  return createWebApi(takeWebToken());
}
