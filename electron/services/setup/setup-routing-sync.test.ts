import { describe, expect, it } from 'vitest';
import type { RoutingSync, TwilioProblem } from '../../../shared/models/twilio-setup';
import { createMemoryLogger } from '../../logging/logger';
import { closedWhileSendingProblem, createRoutingSync, resumedSync } from './setup-routing-sync';

const refused: TwilioProblem = { code: 20500, message: 'Internal', whatToDo: 'Try again later.', moreInfo: null };

/** A sync whose sends wait until the test answers them, one by one. */
function setUp() {
  const states: RoutingSync[] = [];
  const sends: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  let tick = 0;
  const sync = createRoutingSync({
    send: () => new Promise<void>((resolve, reject) => sends.push({ resolve, reject })),
    record: (state) => states.push(state),
    problemOf: () => refused,
    now: () => new Date(Date.UTC(2026, 11, 3, 12, 0, tick++)),
    logger: createMemoryLogger(),
  });
  const answer = async (index: number, outcome: 'ok' | 'refused') => {
    const send = sends[index];
    if (!send) throw new Error(`send ${index} never started`);
    if (outcome === 'ok') send.resolve();
    else send.reject(new Error('refused'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { sync, states, sends, answer };
}

describe('sending the routing choices to Twilio', () => {
  it('is sending until Twilio confirms, then live', async () => {
    const { sync, states, answer } = setUp();
    const done = sync.request();
    expect(states).toEqual([{ status: 'sending', since: '2026-12-03T12:00:00.000Z' }]);
    await answer(0, 'ok');
    await done;
    expect(states.at(-1)).toEqual({ status: 'live', at: '2026-12-03T12:00:01.000Z' });
  });

  it('is not live with Twilio’s problem when Twilio refuses, and Try again sends once more', async () => {
    const { sync, states, sends, answer } = setUp();
    void sync.request();
    await answer(0, 'refused');
    expect(states.at(-1)).toEqual({ status: 'not-live', at: '2026-12-03T12:00:01.000Z', problem: refused });
    const retried = sync.request();
    expect(sends).toHaveLength(2);
    expect(states.at(-1)?.status).toBe('sending');
    await answer(1, 'ok');
    await retried;
    expect(states.at(-1)?.status).toBe('live');
  });

  it('sends a change made during a send once, after it, and never two at once', async () => {
    const { sync, states, sends, answer } = setUp();
    const first = sync.request();
    const second = sync.request();
    const third = sync.request();
    expect(sends).toHaveLength(1);
    await answer(0, 'ok');
    // The first send's success is not "live": newer choices are waiting.
    expect(states.map((state) => state.status)).toEqual(['sending', 'sending']);
    expect(sends).toHaveLength(2);
    await answer(1, 'ok');
    await Promise.all([first, second, third]);
    expect(sends).toHaveLength(2);
    expect(states.map((state) => state.status)).toEqual(['sending', 'sending', 'live']);
  });

  it('still sends the newer change when the one before it failed, and ends live', async () => {
    const { sync, states, sends, answer } = setUp();
    void sync.request();
    void sync.request();
    await answer(0, 'refused');
    expect(states.some((state) => state.status === 'not-live')).toBe(false);
    expect(sends).toHaveLength(2);
    await answer(1, 'ok');
    await sync.idle();
    expect(states.at(-1)?.status).toBe('live');
  });

  it('idle waits for the queued change too (the do not disturb switch waits for its own)', async () => {
    const { sync, answer } = setUp();
    void sync.request();
    void sync.request();
    let settled = false;
    void sync.idle().then(() => (settled = true));
    await answer(0, 'ok');
    expect(settled).toBe(false);
    await answer(1, 'refused');
    expect(settled).toBe(true);
  });
});

describe('the state read back at start', () => {
  it('turns a send that never finished into "not live" with Try again, never stuck sending', () => {
    expect(resumedSync({ status: 'sending', since: '2026-12-03T11:59:00.000Z' }, false)).toEqual({
      status: 'not-live',
      at: '2026-12-03T11:59:00.000Z',
      problem: closedWhileSendingProblem,
    });
  });

  it('turns "live" into "not live" when the saved choices are not those Twilio confirmed (closed before sending)', () => {
    expect(resumedSync({ status: 'live', at: '2026-12-03T11:00:00.000Z' }, true)).toEqual({
      status: 'not-live',
      at: '2026-12-03T11:00:00.000Z',
      problem: closedWhileSendingProblem,
    });
  });

  it('keeps live, not live and unknown as they were', () => {
    const live: RoutingSync = { status: 'live', at: '2026-12-03T11:00:00.000Z' };
    const notLive: RoutingSync = { status: 'not-live', at: '2026-12-03T11:00:00.000Z', problem: refused };
    expect(resumedSync(live, false)).toBe(live);
    expect(resumedSync(notLive, true)).toBe(notLive);
    expect(resumedSync({ status: 'none' }, true)).toEqual({ status: 'none' });
  });
});
