import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

/** Frames are the browser's; here they are whatever the test says (none: a minimized window). */
const frames: FrameRequestCallback[] = [];

describe('work after the next painted frame', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames.length = 0;
  });

  function setUp() {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  }

  it('runs once, right after the frame, when a frame comes', () => {
    setUp();
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(5);
    expect(task).not.toHaveBeenCalled();
    frames.shift()!(0);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('still runs, once, when the window paints no frame', () => {
    setUp();
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    frames.shift()!(0);
    vi.advanceTimersByTime(10);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
