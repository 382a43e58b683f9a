import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InboxStatus } from '../../../shared/models/inbox';
import { createMemoryLogger } from '../../logging/logger';
import type { InboxApi } from '../../twilio/inbox-api';
import type { InboxLine } from './inbox-line';
import { createInboxSyncRunner, type InboxSyncRunnerDeps } from './inbox-sync-runner';
import type { VoicemailSyncResult } from './voicemail-sync';

const line: InboxLine = { api: {} as InboxApi, number: '+15125550100' };

function setUp(overrides: Partial<InboxSyncRunnerDeps> = {}) {
  const passes: string[] = [];
  const statuses: InboxStatus[] = [];
  const deps: InboxSyncRunnerDeps = {
    line: async () => line,
    syncMessages: vi.fn(async () => void passes.push('messages')),
    syncVoicemail: vi.fn(async () => void passes.push('voicemail')),
    transcriptionPending: () => false,
    onSynced: vi.fn(),
    onStatus: (status) => statuses.push(status),
    logger: createMemoryLogger(),
    ...overrides,
  };
  const runner = createInboxSyncRunner(deps);
  return { runner, passes, statuses, deps };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the inbox sync schedule', () => {
  it('syncs both at start, messages every 10 s, voicemail every 5 minutes', async () => {
    const { runner, passes, statuses } = setUp();
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes).toEqual(['messages', 'voicemail']);
    expect(statuses.at(-1)).toEqual({ available: true, syncing: false, lastSyncedAt: Date.now(), problem: null });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passes).toEqual(['messages', 'voicemail', 'messages']);
    await vi.advanceTimersByTimeAsync(290_000);
    expect(passes.filter((pass) => pass === 'voicemail')).toHaveLength(2);
    expect(passes.filter((pass) => pass === 'messages')).toHaveLength(31);
    await runner.stop();
  });

  it('does nothing but say so without a Twilio line, and starts when one appears', async () => {
    let current: InboxLine | null = null;
    const { runner, passes, statuses } = setUp({ line: async () => current });
    runner.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(passes).toEqual([]);
    expect(runner.status().available).toBe(false);
    current = line;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(passes).toEqual(['messages', 'voicemail']);
    expect(statuses.at(-1)?.available).toBe(true);
    await runner.stop();
  });

  it('reports a failure in words and retries after 30 s, then 60 s, until it works', async () => {
    let failing = true;
    const syncMessages = vi.fn(async () => {
      if (failing) throw Object.assign(new Error('getaddrinfo ENOTFOUND api.twilio.com'), { code: 'ENOTFOUND' });
    });
    const { runner } = setUp({ syncMessages });
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.status().problem?.whatToDo).toMatch(/\w/);
    expect(runner.status().lastSyncedAt).toBeNull();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(syncMessages).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(syncMessages).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(syncMessages).toHaveBeenCalledTimes(2);
    failing = false;
    await vi.advanceTimersByTimeAsync(1);
    expect(syncMessages).toHaveBeenCalledTimes(3);
    expect(runner.status().problem).toBeNull();
    expect(runner.status().lastSyncedAt).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(10_000);
    expect(syncMessages).toHaveBeenCalledTimes(4);
    await runner.stop();
  });

  it('announces what a pass committed before it failed, and says why it failed', async () => {
    const syncVoicemail = vi.fn(async (_line: InboxLine, found: VoicemailSyncResult) => {
      found.added.push('RE1');
      found.changed = true;
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    });
    const { runner, deps } = setUp({ syncVoicemail });
    await runner.syncNow();
    expect(deps.onSynced).toHaveBeenCalledWith(
      expect.objectContaining({ voicemail: expect.objectContaining({ added: ['RE1'], changed: true }) }),
    );
    expect(runner.status().problem).not.toBeNull();
    await runner.stop();
  });

  it('says why when the line itself cannot be reached, instead of failing unseen', async () => {
    const { runner } = setUp({ line: async () => Promise.reject(new Error('secret store unreadable')) });
    await runner.syncNow();
    expect(runner.status().problem?.whatToDo).toMatch(/\w/);
    await runner.stop();
  });

  it('looks for voicemail 20 s after a missed call', async () => {
    const { runner, passes } = setUp();
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    passes.length = 0;
    runner.missedCall();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(passes).not.toContain('voicemail');
    await vi.advanceTimersByTimeAsync(1);
    expect(passes).toContain('voicemail');
    await runner.stop();
  });

  it('never runs two passes at once: Sync now waits for the pass under way', async () => {
    let inFlight = 0;
    let most = 0;
    const syncMessages = vi.fn(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      inFlight -= 1;
    });
    const { runner } = setUp({ syncMessages });
    runner.start();
    const manual = runner.syncNow();
    await vi.advanceTimersByTimeAsync(10_000);
    await manual;
    expect(syncMessages).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    await runner.stop();
  });

  it('stops: no pass after stop()', async () => {
    const { runner, passes } = setUp();
    runner.start();
    await vi.advanceTimersByTimeAsync(0);
    await runner.stop();
    const before = passes.length;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(passes).toHaveLength(before);
  });
});
