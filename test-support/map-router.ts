import type { Channel, ChannelArgs, ChannelResult, Envelope } from '../shared/ipc';
import {
  createServices,
  registerHandlers,
  noDialogs,
  type Services,
  type ServicesOptions,
  type WorkbenchSession,
} from '../core/index';
import { tempDir } from './temp-dir';

type RawHandler = (rawArgs: unknown, session: WorkbenchSession) => Promise<Envelope<unknown>>;

/**
 * Real services behind a plain-map router, as the web workbench uses them: no Electron involved.
 * A test can pass what a shell would (desktop mode, dialogs, a PDF printer).
 */
export async function servicesWithRouter(
  shell: Partial<
    Pick<ServicesOptions, 'mode' | 'dialogs' | 'pdfPrinter' | 'licensesFile' | 'extraction'>
  > = {},
) {
  const services: Services = await createServices({
    userDataDir: await tempDir('factdesk-userdata-'),
    mode: shell.mode ?? 'web',
    version: '0.0.0-test',
    dialogs: shell.dialogs ?? noDialogs,
    pdfPrinter: shell.pdfPrinter,
    licensesFile: shell.licensesFile,
    extraction: shell.extraction,
  });
  const handlers = new Map<Channel, RawHandler>();
  registerHandlers({ handle: (channel, handler) => handlers.set(channel, handler) }, services);
  const session = services.createSession();
  /** Sends a raw (unvalidated) argument, as a hostile renderer could. */
  const raw = (channel: Channel, args: unknown) => handlers.get(channel)!(args, session);
  /** Calls a channel and unwraps its envelope, throwing its error sentence. */
  const call = async <C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> => {
    const reply = await raw(channel, args);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as ChannelResult<C>;
  };
  return { services, session, handlers, raw, call };
}
