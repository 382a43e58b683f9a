import { useCallAudioStore } from '../call-audio/call-audio.store';
import { useCallsStore } from '../calls/calls.store';
import { useDevicesStore, type CallDevice } from '../devices/devices.store';
import { useCallQualityStore } from './call-quality.store';

/** Calls whose audio is open now (an incoming call still ringing has none). */
function callsWithAudio(): string[] {
  return useCallsStore
    .getState()
    .active.filter((call) => !(call.direction === 'incoming' && call.state === 'ringing'))
    .map((call) => call.id);
}

/**
 * Gathers each call's quality summary from what the stores already learn: the RTCP figures the
 * badge polls, the local audio path's counters, device moves and errors; and files the report when
 * the call ends. Returns a function that stops watching.
 */
export function watchCallQuality(): () => void {
  const quality = () => useCallQualityStore.getState();

  const stopCalls = useCallsStore.subscribe((state, previous) => {
    if (state.quality !== previous.quality) {
      for (const [callId, figures] of Object.entries(state.quality)) {
        if (figures !== previous.quality[callId]) quality().recordRemote(callId, figures);
      }
    }
    if (state.lastEnded && state.lastEnded !== previous.lastEnded) quality().finish(state.lastEnded);
  });

  const stopAudio = useCallAudioStore.subscribe((state, previous) => {
    if (state.calls === previous.calls) return;
    for (const [callId, entry] of Object.entries(state.calls)) {
      const before = previous.calls[callId];
      if (entry.health && entry.health !== before?.health) quality().recordLocal(callId, entry.health);
      if (entry.error && entry.error !== before?.error) {
        quality().recordDeviceEvent([callId], { kind: 'microphone-failed', message: entry.error });
      }
    }
  });

  const stopDevices = useDevicesStore.subscribe((state, previous) => {
    const calls = callsWithAudio();
    if (calls.length === 0) return;
    for (const device of ['microphone', 'speaker'] as CallDevice[]) {
      const move = state.callMoves[device];
      if (move && move !== previous.callMoves[device]) quality().recordDeviceEvent(calls, move);
    }
    if (state.error && state.error !== previous.error) {
      quality().recordDeviceEvent(calls, { kind: 'device-error', message: state.error });
    }
  });

  return () => {
    stopCalls();
    stopAudio();
    stopDevices();
  };
}
