import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A window's size and place, as remembered between runs. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** A display's work area (the screen without the dock or taskbar). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;
/** The file in userData that remembers the last window. */
export const WINDOW_STATE_FILE = 'window-state.json';

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Reads a remembered state, or null when `raw` is not one (a damaged file is just forgotten). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (!isFiniteNumber(value.width) || !isFiniteNumber(value.height)) return null;
  const state: WindowState = {
    width: Math.round(value.width),
    height: Math.round(value.height),
    maximized: value.maximized === true,
  };
  if (isFiniteNumber(value.x) && isFiniteNumber(value.y)) {
    return { ...state, x: Math.round(value.x), y: Math.round(value.y) };
  }
  return state;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Fits a remembered state to the displays there are now: at least the minimum size, no larger
 * than the display it is mostly on, and wholly inside that display's work area. A window that
 * would be on no display (a monitor was unplugged) loses its position, so it opens centred on
 * the primary display (`workAreas[0]`).
 */
export function clampWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const state = saved ?? DEFAULT_WINDOW_STATE;
  const primary = workAreas[0];
  const fitSize = (area: Rect | undefined) => ({
    width: clamp(
      state.width,
      Math.min(MIN_WINDOW_WIDTH, area?.width ?? Infinity),
      area?.width ?? state.width,
    ),
    height: clamp(
      state.height,
      Math.min(MIN_WINDOW_HEIGHT, area?.height ?? Infinity),
      area?.height ?? state.height,
    ),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fitSize(primary), maximized: state.maximized };
  }
  const rect: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(rect, area);
    if (shared > bestOverlap) {
      best = area;
      bestOverlap = shared;
    }
  }
  if (!best) return { ...fitSize(primary), maximized: state.maximized };
  const size = fitSize(best);
  return {
    x: clamp(state.x, best.x, best.x + best.width - size.width),
    y: clamp(state.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: state.maximized,
  };
}

/** Moves a state down and right by `offset`, so a second window does not hide the first. */
export function cascade(state: WindowState, offset: number): WindowState {
  if (state.x === undefined || state.y === undefined || offset === 0) return state;
  return { ...state, x: state.x + offset, y: state.y + offset };
}

/** Reads the remembered state from `userDataDir`; null when there is none or it is unreadable. */
export async function loadWindowState(userDataDir: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(path.join(userDataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Remembers `state` in `userDataDir` (write a temporary file, then rename over the old one). */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  const file = path.join(userDataDir, WINDOW_STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await mkdir(userDataDir, { recursive: true });
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}
