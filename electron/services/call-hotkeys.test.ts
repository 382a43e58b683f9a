import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../shared/models/call';
import { runCallHotkey } from './call-hotkeys';
import type { CallService } from './call-service';

const call = (id: string, change: Partial<CallSnapshot>): CallSnapshot =>
  ({
    id,
    direction: 'incoming',
    state: 'ringing',
    onHold: false,
    muted: false,
    startedAt: 0,
    conferenceWith: null,
    recording: 'unavailable',
    ...change,
  }) as CallSnapshot;

function fakeCalls(list: CallSnapshot[]) {
  const done: string[] = [];
  const service = {
    list: () => list,
    answer: async (id: string) => void done.push(`answer ${id}`),
    hangUp: async (id: string) => void done.push(`hang-up ${id}`),
    decline: async (id: string) => void done.push(`decline ${id}`),
    setMuted: (id: string, muted: boolean) => void done.push(`mute ${id} ${muted}`),
  } as unknown as CallService;
  return { service, done };
}

describe('call hotkeys', () => {
  it('answer the longest-ringing incoming call', async () => {
    const { service, done } = fakeCalls([call('b', { startedAt: 2 }), call('a', { startedAt: 1 })]);
    await runCallHotkey('answer', service);
    expect(done).toEqual(['answer a']);
  });

  it('hang up the call in progress rather than a waiting one, and decline when only ringing', async () => {
    const talking = fakeCalls([call('ring', {}), call('talk', { state: 'connected', direction: 'outgoing' })]);
    await runCallHotkey('hang-up', talking.service);
    expect(talking.done).toEqual(['hang-up talk']);
    const onlyRinging = fakeCalls([call('ring', {})]);
    await runCallHotkey('hang-up', onlyRinging.service);
    expect(onlyRinging.done).toEqual(['decline ring']);
  });

  it('hang up both parties of a 3-way call', async () => {
    const { service, done } = fakeCalls([
      call('bob', { state: 'connected', conferenceWith: 'carol' }),
      call('carol', { state: 'connected', conferenceWith: 'bob', startedAt: 1 }),
    ]);
    await runCallHotkey('hang-up', service);
    expect(done).toEqual(['hang-up bob', 'hang-up carol']);
  });

  it('toggle mute on the call in progress, never on a held one', async () => {
    const { service, done } = fakeCalls([
      call('held', { state: 'connected', onHold: true }),
      call('live', { state: 'connected', muted: true }),
    ]);
    await runCallHotkey('mute', service);
    expect(done).toEqual(['mute live false']);
    const none = fakeCalls([]);
    await runCallHotkey('mute', none.service);
    expect(none.done).toEqual([]);
  });

  it('play/pause (the media key) hangs up the call in progress, else answers the ringing one', async () => {
    const talking = fakeCalls([call('ring', {}), call('talk', { state: 'connected', direction: 'outgoing' })]);
    await runCallHotkey('play-pause', talking.service);
    expect(talking.done).toEqual(['hang-up talk']);
    const ringing = fakeCalls([call('ring', {})]);
    await runCallHotkey('play-pause', ringing.service);
    expect(ringing.done).toEqual(['answer ring']);
    const none = fakeCalls([]);
    await runCallHotkey('play-pause', none.service);
    expect(none.done).toEqual([]);
  });
});
