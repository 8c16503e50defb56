import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardQuit } from './quit-guard';

/** Plays Electron: quit attempts emit `before-quit` then, when not held, `will-quit`. */
function fakeElectron() {
  const app = new EventEmitter() as EventEmitter & { quit: ReturnType<typeof vi.fn> };
  const powerMonitor = new EventEmitter();
  const held = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    return event;
  };
  const attempt = () => {
    const before = held();
    app.emit('before-quit', before);
    if (before.prevented) return { before, will: null };
    const will = held();
    app.emit('will-quit', will);
    return { before, will };
  };
  app.quit = vi.fn(() => attempt());
  const window = () => {
    const created = new EventEmitter();
    app.emit('browser-window-created', {}, created);
    return created;
  };
  const shutdown = () => {
    const event = held();
    powerMonitor.emit('shutdown', event);
    return event;
  };
  return { app, powerMonitor, attempt, window, shutdown };
}

function deferred() {
  let finish!: () => void;
  const promise = new Promise<void>((resolve) => (finish = resolve));
  return { promise, finish };
}

function guarded(overrides: { shutdown?: () => Promise<void>; report?: (error: unknown) => void } = {}) {
  const electron = fakeElectron();
  const work = deferred();
  const options = {
    shutdown: vi.fn(overrides.shutdown ?? (() => work.promise)),
    flush: vi.fn(async () => undefined),
    releaseLocksNow: vi.fn(),
    report: overrides.report ?? vi.fn(),
  };
  guardQuit(electron.app as never, electron.powerMonitor as never, options);
  return { ...electron, options, finish: work.finish };
}

describe('quitting', () => {
  it('holds the person’s quit until pending writes are flushed, then quits for real', async () => {
    const { attempt, app, options, finish } = guarded();
    expect(attempt().before.prevented).toBe(true);
    expect(options.shutdown).toHaveBeenCalledTimes(1);
    expect(attempt().before.prevented).toBe(true);
    expect(options.shutdown).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const last = app.quit.mock.results[0]!.value as ReturnType<typeof attempt>;
    expect(last.before.prevented).toBe(false);
    expect(last.will?.prevented).toBe(false);
    expect(options.shutdown).toHaveBeenCalledTimes(1);
  });

  it('still quits when flushing fails, and reports why', async () => {
    const report = vi.fn();
    const { attempt, app } = guarded({ shutdown: () => Promise.reject(new Error('disk full')), report });
    attempt();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(report).toHaveBeenCalledWith(new Error('disk full'));
  });

  it('at a Linux or macOS shutdown: asks the OS to wait, flushes, quits, and never cancels the OS’s own quit', async () => {
    const { shutdown, attempt, app, options, finish } = guarded();
    expect(shutdown().prevented).toBe(true);
    expect(options.shutdown).toHaveBeenCalledTimes(1);
    // macOS then asks the app to terminate: not cancelled (that could abort the logout) ...
    const osQuit = attempt();
    expect(osQuit.before.prevented).toBe(false);
    // ... the process waits after its windows closed, until the flush is done.
    expect(osQuit.will?.prevented).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect((app.quit.mock.results[0]!.value as ReturnType<typeof attempt>).will?.prevented).toBe(false);
    expect(options.shutdown).toHaveBeenCalledTimes(1);
  });

  it('at a Windows session end: flushes at the query without refusing it, and releases the locks at the end, at once', () => {
    const { window, options, attempt } = guarded();
    const [first, second] = [window(), window()];
    const query = { reasons: ['shutdown'], preventDefault: vi.fn() };
    first.emit('query-session-end', query);
    expect(query.preventDefault).not.toHaveBeenCalled();
    expect(options.flush).toHaveBeenCalledTimes(1);
    // Nothing closed: another app may still cancel the shutdown, and this one goes on then.
    expect(options.shutdown).not.toHaveBeenCalled();
    expect(options.releaseLocksNow).not.toHaveBeenCalled();
    second.emit('session-end', { reasons: ['logoff'] });
    // Synchronously, in the listener: Windows may kill the process as soon as it returns.
    expect(options.releaseLocksNow).toHaveBeenCalledTimes(1);
    expect(attempt().before.prevented).toBe(false);
  });
});
