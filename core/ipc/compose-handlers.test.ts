import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc';
import { claimEditHandlers } from '../claims/claim-edit-handlers';
import { claimHandlers } from '../claims/claim-handlers';
import { composeHandlers } from './compose-handlers';
import type { HandlerMap, HandlerSlice } from './handler-types';
import { createHandlers } from './handlers';
import { AppSettings } from '../app/app-settings';
import { tempDir } from '../../test-support/temp-dir';
import { memoryTokenStore } from '../desk/token-store';
import { DeskIndex } from '../seen/desk-index';

/** Every handler of the real map, as slices of one channel each (so any split can be tried). */
async function realSlices(): Promise<Partial<HandlerMap>[]> {
  const settings = await AppSettings.load(await tempDir('factdesk-userdata-'));
  const all = createHandlers({
    mode: 'web',
    version: '0.0.0-test',
    settings,
    dialogs: { chooseProjectFolder: async () => null, chooseDrafts: async () => null },
    pdfPrinter: { print: async () => new Uint8Array() },
    tokens: memoryTokenStore(),
    desk: new DeskIndex({ folders: () => [], unlocked: () => undefined }),
  });
  return channels.map((channel) => ({ [channel]: all[channel] }));
}

describe('composeHandlers', () => {
  it('makes one map of every channel from the features’ slices', async () => {
    const map = composeHandlers(...(await realSlices()));
    expect(Object.keys(map).sort()).toEqual([...channels].sort());
  });

  it('refuses two slices that define one channel: a type error, and an error when built', async () => {
    const again: HandlerSlice<'document:reextract'> = {
      'document:reextract': claimEditHandlers['document:reextract'],
    };
    const all = Object.assign({}, ...(await realSlices())) as HandlerMap;
    const others = Object.fromEntries(
      channels.filter((channel) => !(channel in claimEditHandlers)).map((channel) => [channel, all[channel]]),
    ) as Omit<HandlerMap, keyof typeof claimEditHandlers>;
    expect(() => composeHandlers(others, claimEditHandlers)).not.toThrow();
    // @ts-expect-error -- document:reextract is defined by two slices
    expect(() => composeHandlers(others, claimEditHandlers, again)).toThrow(
      'Two handler slices define document:reextract.',
    );
  });

  it('refuses a set of slices that leaves a channel without a handler', () => {
    // @ts-expect-error -- most channels have no handler
    expect(() => composeHandlers(claimHandlers, claimEditHandlers)).toThrow(/^No handler slice defines /);
  });
});
