import type { CallSnapshot } from '../../shared/models/call';
import type { CallService } from './call-service';

/** 'play-pause' is the media key's: one key that hangs up the call in progress or else answers. */
export type CallHotkey = 'answer' | 'hang-up' | 'mute' | 'play-pause';

const oldestFirst = (calls: CallSnapshot[]) => [...calls].sort((a, b) => a.startedAt - b.startedAt);

/**
 * What a system-wide shortcut does to the calls there are: answer the longest-ringing call,
 * hang up the call in progress (both parties of a 3-way call; or decline the ringing one), toggle mute on the call in progress.
 */
export async function runCallHotkey(hotkey: CallHotkey, calls: CallService): Promise<void> {
  const all = oldestFirst(calls.list());
  const ringing = all.find((call) => call.direction === 'incoming' && call.state === 'ringing');
  const talking = all.find((call) => call.state !== 'ringing' && call.state !== 'ended' && !call.onHold);
  switch (hotkey) {
    case 'answer':
      if (ringing) await calls.answer(ringing.id);
      return;
    case 'hang-up':
      // A 3-way call ends whole, as its End call button ends it.
      if (talking)
        await Promise.all([talking.id, talking.conferenceWith].flatMap((id) => (id ? [calls.hangUp(id)] : [])));
      else if (ringing) await calls.decline(ringing.id);
      return;
    case 'mute':
      if (talking) calls.setMuted(talking.id, !talking.muted);
      return;
    case 'play-pause':
      return runCallHotkey(talking ? 'hang-up' : 'answer', calls);
  }
}
