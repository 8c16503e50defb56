import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cascade,
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  parseWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('clampWindowState', () => {
  it('keeps a state that fits where it is', () => {
    const state = { x: 100, y: 100, width: 1200, height: 700, maximized: false };
    expect(clampWindowState(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('uses the default size, centred, when nothing was remembered', () => {
    expect(clampWindowState(null, [laptop])).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('forgets the position of a window on a display that is gone, so it opens centred', () => {
    const onUnplugged = { x: 3000, y: 200, width: 1400, height: 900, maximized: true };
    expect(clampWindowState(onUnplugged, [laptop])).toEqual({ width: 1400, height: 875, maximized: true });
  });

  it('shrinks a window larger than its display and moves it fully inside', () => {
    const state = { x: 1300, y: -50, width: 3000, height: 2000, maximized: false };
    expect(clampWindowState(state, [laptop, rightMonitor])).toEqual({
      x: 1440,
      y: 0,
      width: 2560,
      height: 1440,
      maximized: false,
    });
  });

  it('pulls a window hanging off the edge back on', () => {
    const state = { x: 1000, y: 600, width: 1000, height: 600, maximized: false };
    expect(clampWindowState(state, [laptop])).toEqual({
      x: 440,
      y: 300,
      width: 1000,
      height: 600,
      maximized: false,
    });
  });

  it('enforces the minimum size', () => {
    const tiny = { x: 10, y: 40, width: 50, height: 20, maximized: false };
    const clamped = clampWindowState(tiny, [laptop]);
    expect(clamped.width).toBe(MIN_WINDOW_WIDTH);
    expect(clamped.height).toBe(MIN_WINDOW_HEIGHT);
  });

  it('cascades a second window', () => {
    expect(cascade({ x: 10, y: 20, width: 900, height: 600, maximized: false }, 28)).toMatchObject({
      x: 38,
      y: 48,
    });
    expect(cascade(DEFAULT_WINDOW_STATE, 28)).toBe(DEFAULT_WINDOW_STATE);
  });
});

describe('parseWindowState', () => {
  it('reads a saved state and rounds it', () => {
    expect(parseWindowState({ x: 1.4, y: 2.6, width: 1000.2, height: 700, maximized: true })).toEqual({
      x: 1,
      y: 3,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each([null, 'x', [], {}, { width: '10', height: 10 }, { width: Infinity, height: 1 }])(
    'refuses %j',
    (raw) => {
      expect(parseWindowState(raw)).toBeNull();
    },
  );

  it('drops a half position', () => {
    expect(parseWindowState({ x: 5, width: 900, height: 600 })).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });
});

describe('loading and saving', () => {
  it('round-trips through userData and forgets a damaged file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-window-'));
    try {
      expect(await loadWindowState(dir)).toBeNull();
      const state = { x: 5, y: 6, width: 900, height: 650, maximized: false };
      await saveWindowState(dir, state);
      expect(await loadWindowState(dir)).toEqual(state);
      expect(JSON.parse(await readFile(path.join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
      await writeFile(path.join(dir, WINDOW_STATE_FILE), '{ not json');
      expect(await loadWindowState(dir)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
