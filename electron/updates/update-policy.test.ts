import { describe, expect, it } from 'vitest';
import type { AppUpdateState } from '../../shared/models/app-update';
import { createMemoryLogger } from '../logging/logger';
import { createEventBus } from '../services/event-bus';
import { createUpdatePolicy, noUpdates, updateCheckIntervalMs, type Updater, type UpdaterEvent } from './update-policy';

/** Plays electron-updater's part: each check answers with the events the test scripts for it. */
function fakeUpdater(script: (UpdaterEvent[] | Error)[] = []) {
  let listener: (event: UpdaterEvent) => void = () => undefined;
  const calls = { checks: 0, installs: 0 };
  const updater: Updater = {
    checkForUpdates() {
      calls.checks++;
      const answer = script.shift() ?? [{ kind: 'checking' }, { kind: 'not-available' }];
      if (answer instanceof Error) return Promise.reject(answer);
      for (const event of answer) listener(event);
      return Promise.resolve(null);
    },
    quitAndInstall: () => void calls.installs++,
    onEvent: (next) => void (listener = next),
  };
  return { updater, calls, emit: (event: UpdaterEvent) => listener(event) };
}

function setUp(script?: (UpdaterEvent[] | Error)[], options: { callUp?: boolean } = {}) {
  const fake = fakeUpdater(script);
  const events = createEventBus();
  const published: AppUpdateState[] = [];
  events.subscribe((event, payload) => {
    if (event === 'updates:changed') published.push(payload as AppUpdateState);
  });
  const timers: { ms: number; run: () => void; stopped: boolean }[] = [];
  const callUp = { now: options.callUp ?? false };
  const logger = createMemoryLogger();
  const policy = createUpdatePolicy({
    updater: fake.updater,
    events,
    logger,
    callUp: () => callUp.now,
    now: () => 1_700_000_000_000,
    every: (ms, run) => {
      const timer = { ms, run, stopped: false };
      timers.push(timer);
      return () => void (timer.stopped = true);
    },
  });
  const tick = () => timers.filter((timer) => !timer.stopped).forEach((timer) => timer.run());
  return { policy, published, timers, tick, callUp, logger, ...fake };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const found = (version: string): UpdaterEvent[] => [
  { kind: 'checking' },
  { kind: 'available', version },
  { kind: 'progress', percent: 12.7 },
  { kind: 'progress', percent: 99.99 },
  { kind: 'downloaded', version },
];

describe('update policy', () => {
  it('checks at start and every four hours, and only once however often it is started', () => {
    const { policy, calls, timers, tick } = setUp();
    policy.start();
    policy.start();
    expect(calls.checks).toBe(1);
    expect(timers.map((timer) => timer.ms)).toEqual([updateCheckIntervalMs]);
    expect(updateCheckIntervalMs).toBe(4 * 60 * 60 * 1000);
    tick();
    expect(calls.checks).toBe(2);
    expect(policy.get()).toEqual({ status: 'idle', checkedAt: 1_700_000_000_000 });
    policy.stop();
    tick();
    expect(calls.checks).toBe(2);
  });

  it('downloads in the background and then offers the restart, without installing by itself', () => {
    const { policy, published, calls, tick } = setUp([found('1.4.0')]);
    policy.start();
    expect(published).toEqual([
      { status: 'checking' },
      { status: 'downloading', version: '1.4.0', percent: 0 },
      { status: 'downloading', version: '1.4.0', percent: 12 },
      { status: 'downloading', version: '1.4.0', percent: 99 },
      { status: 'ready', version: '1.4.0' },
    ]);
    // Ready: later checks do not start another download, and nothing restarts on its own.
    tick();
    expect(calls.checks).toBe(1);
    expect(calls.installs).toBe(0);
  });

  it('installs when asked, once an update is ready and no call is up', () => {
    const { policy, calls } = setUp([found('1.4.0')]);
    policy.start();
    policy.restartToUpdate();
    expect(calls.installs).toBe(1);
  });

  it('refuses to restart during a call, saying when it can, and keeps the update ready', () => {
    const { policy, calls, callUp } = setUp([found('1.4.0')], { callUp: true });
    policy.start();
    expect(() => policy.restartToUpdate()).toThrow(/A call is in progress\. Restart to update once it has ended\./);
    expect(() => policy.restartToUpdate()).toThrow(
      expect.objectContaining({ code: 'out-of-order', words: { id: 'setup.updateDuringCall' } }),
    );
    expect(calls.installs).toBe(0);
    expect(policy.get()).toEqual({ status: 'ready', version: '1.4.0' });
    callUp.now = false;
    policy.restartToUpdate();
    expect(calls.installs).toBe(1);
  });

  it('refuses to restart before an update has downloaded', () => {
    const { policy, calls, emit } = setUp([[{ kind: 'checking' }, { kind: 'available', version: '2.0.0' }]]);
    expect(() => policy.restartToUpdate()).toThrow(/No update is ready/);
    policy.start();
    emit({ kind: 'progress', percent: 50 });
    expect(() => policy.restartToUpdate()).toThrow(/No update is ready/);
    expect(calls.installs).toBe(0);
  });

  it('reports a failed check or download, bounded and readable, and tries again at the next check', async () => {
    const hostile = `net::ERR_CONNECTION_REFUSED \u202E${'x'.repeat(5000)}\n`;
    const { policy, published, tick, logger } = setUp([
      new Error(hostile),
      [
        { kind: 'checking' },
        { kind: 'available', version: '1.4.0' },
        { kind: 'error', message: 'sha512 checksum mismatch' },
      ],
      found('1.4.0'),
    ]);
    policy.start();
    await settle();
    const failed = policy.get();
    expect(failed.status).toBe('failed');
    expect(failed.status === 'failed' && failed.reason).toMatch(/^net::ERR_CONNECTION_REFUSED x+…$/);
    expect(failed.status === 'failed' && failed.reason.length).toBeLessThanOrEqual(200);
    expect(logger.records.some((record) => record.level === 'warn' && record.message === 'The update failed')).toBe(
      true,
    );
    tick();
    expect(policy.get()).toEqual({ status: 'failed', reason: 'sha512 checksum mismatch' });
    tick();
    expect(policy.get()).toEqual({ status: 'ready', version: '1.4.0' });
    expect(published.at(-1)).toEqual({ status: 'ready', version: '1.4.0' });
  });

  it('bounds a hostile version from the feed, and ignores progress that is not a number', () => {
    const { policy, emit } = setUp([
      [{ kind: 'checking' }, { kind: 'available', version: `9.9.9${'\u0000'.repeat(3)}${'9'.repeat(500)}` }],
    ]);
    policy.start();
    emit({ kind: 'progress', percent: Number.NaN });
    const state = policy.get();
    expect(state).toMatchObject({ status: 'downloading', percent: 0 });
    expect(state.status === 'downloading' && state.version.length).toBeLessThanOrEqual(50);
    emit({ kind: 'downloaded', version: '' });
    expect(policy.get()).toEqual({ status: 'ready', version: '?' });
  });
});

describe('no updates', () => {
  it('says the browser shell and an uninstalled copy cannot update, and what to do instead', () => {
    expect(noUpdates('browser-shell').get()).toEqual({ status: 'unsupported', reason: 'browser-shell' });
    expect(() => noUpdates('browser-shell').restartToUpdate()).toThrow(/Reload the page/);
    expect(() => noUpdates('not-installed').restartToUpdate()).toThrow(/Install Dialtone to get updates/);
  });
});
