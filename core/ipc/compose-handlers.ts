import { channels, type Channel } from '../../shared/ipc';
import type { HandlerMap } from './handler-types';

type AnySlice = Partial<HandlerMap>;

/** Every channel some slice of `S` defines. */
type ChannelsOf<S extends readonly AnySlice[]> = S[number] extends infer Slice
  ? Slice extends AnySlice
    ? keyof Slice
    : never
  : never;

/** The channels defined by two or more slices of `S`. */
type Overlap<S extends readonly AnySlice[], Seen = never> = S extends readonly [
  infer First extends AnySlice,
  ...infer Rest extends readonly AnySlice[],
]
  ? Extract<keyof First, Seen> | Overlap<Rest, Seen | keyof First>
  : never;

/**
 * `S` itself when its slices are disjoint and cover the contract; otherwise a type no argument list
 * has, whose missing property names the duplicate or missing channels in the compiler's error.
 */
type Disjoint<S extends readonly AnySlice[]> = S &
  ([Overlap<S>] extends [never] ? unknown : { readonly duplicateChannels: Overlap<S> }) &
  ([Exclude<Channel, ChannelsOf<S>>] extends [never]
    ? unknown
    : { readonly missingChannels: Exclude<Channel, ChannelsOf<S>> });

/**
 * The handler map made of the features' slices. Two slices defining one channel, or a channel no
 * slice defines, is a type error; the same is checked again when the map is built, for slices whose
 * types are wider than what they hold.
 */
export function composeHandlers<const S extends readonly AnySlice[]>(...slices: Disjoint<S>): HandlerMap {
  const map: Partial<Record<Channel, unknown>> = {};
  for (const slice of slices as readonly AnySlice[]) {
    for (const channel of Object.keys(slice) as Channel[]) {
      if (channel in map) throw new Error(`Two handler slices define ${channel}.`);
      map[channel] = slice[channel];
    }
  }
  const missing = channels.filter((channel) => !(channel in map));
  if (missing.length > 0) throw new Error(`No handler slice defines ${missing.join(', ')}.`);
  return map as HandlerMap;
}
