import type { Channel, ChannelArgs, ChannelResult } from '../../shared/ipc';
import type { WorkbenchSession } from '../session/workbench-session';

/** Handles one channel for one session, with arguments already validated against the contract. */
export type ChannelHandler<C extends Channel> = (
  args: ChannelArgs<C>,
  session: WorkbenchSession,
) => Promise<ChannelResult<C>>;

/** One feature's handlers: exactly the channels `C` of the contract, each with its own types. */
export type HandlerSlice<C extends Channel> = { [K in C]: ChannelHandler<K> };

/** One handler per channel of the contract. */
export type HandlerMap = HandlerSlice<Channel>;
