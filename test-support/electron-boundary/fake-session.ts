// The boundary mock's sessions and protocols (see ../electron-boundary-mock.ts).
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response> | Response;

/** A session's `protocol`: one handler per scheme, as `protocol.handle` allows. */
export function createFakeProtocol() {
  const fake = {
    handlers: new Map<string, ProtocolHandler>(),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
      if (fake.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled.`);
      fake.handlers.set(scheme, handler);
    }),
  };
  return fake;
}

/** A fake `Session`: the handlers the shell installs are kept for the test to call. */
export function createFakeSession(protocol = createFakeProtocol()) {
  const fake = {
    protocol,
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    devicePermissionHandler: null as Listener | null,
    beforeRequest: null as Listener | null,
    setPermissionRequestHandler: vi.fn((handler: Listener | null) => {
      fake.permissionRequestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: Listener | null) => {
      fake.permissionCheckHandler = handler;
    }),
    setDevicePermissionHandler: vi.fn((handler: Listener | null) => {
      fake.devicePermissionHandler = handler;
    }),
    webRequest: {
      onBeforeRequest: vi.fn((handler: Listener | null) => {
        fake.beforeRequest = handler;
      }),
    },
    /** `session.fetch`: a URL of a handled scheme is answered by that handler, as in Electron. */
    fetch: vi.fn(async (url: string): Promise<Response> => {
      const handler = protocol.handlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME fetching '${url}'`);
      return handler(new Request(url));
    }),
    setSpellCheckerEnabled: vi.fn((_enabled: boolean) => undefined),
    addWordToSpellCheckerDictionary: vi.fn((_word: string) => true),
  };
  return fake;
}

export type FakeSession = ReturnType<typeof createFakeSession>;
