import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { flushBeforeQuit } from './quit-guard';

function fakeApp() {
  const emitter = new EventEmitter();
  const app = {
    on: (event: 'before-quit', listener: (event: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    quit: vi.fn(() => {
      quitAttempt();
    }),
  };
  const quitAttempt = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    emitter.emit('before-quit', event);
    return event;
  };
  return { app, quitAttempt };
}

describe('flushBeforeQuit', () => {
  it('holds the quit until pending writes are flushed, then quits for real', async () => {
    const { app, quitAttempt } = fakeApp();
    let finish!: () => void;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    flushBeforeQuit(app, shutdown);

    const first = quitAttempt();
    expect(first.prevented).toBe(true);
    expect(shutdown).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    expect(quitAttempt().prevented).toBe(true);
    expect(shutdown).toHaveBeenCalledTimes(1);

    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(quitAttempt().prevented).toBe(false);
    expect(shutdown).toHaveBeenCalledTimes(1);
  });

  it('still quits when flushing fails, and reports why', async () => {
    const { app, quitAttempt } = fakeApp();
    const report = vi.fn();
    flushBeforeQuit(app, () => Promise.reject(new Error('disk full')), report);
    quitAttempt();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(report).toHaveBeenCalledWith(new Error('disk full'));
  });
});
