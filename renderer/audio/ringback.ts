import type { CallSnapshot } from '../../shared/models/call';
import { useCallAudioStore } from '../stores/call-audio/call-audio.store';
import { selectors as callsSelectors, useCallsStore } from '../stores/calls/calls.store';
import { selectors as devicesSelectors, useDevicesStore } from '../stores/devices/devices.store';
import { countryOf, useSettingsStore } from '../stores/settings/settings.store';
import { playRingback, type RingbackPlayback } from './ringback-player';
import { ringbackToneFor, type RingbackTone } from './ringback-tones';

export type PlayRingback = (tone: RingbackTone, outputDeviceId: string) => Promise<RingbackPlayback>;

/** The far end's RMS (0..1) above which a ringing call carries sound of its own: about -40 dBFS. */
export const farEndAudible = 0.01;

const isRingingOut = (call: CallSnapshot) =>
  call.direction === 'outgoing' && call.state === 'ringing' && call.soundTest === null;

/**
 * The outgoing call whose caller should hear a local ringing tone: the far end rings (180) and
 * sends no sound of its own, neither early media (183 with SDP) nor audio heard on the line.
 */
export function callNeedingRingback(
  calls: readonly CallSnapshot[],
  farEndHeard: ReadonlySet<string>,
): CallSnapshot | undefined {
  return calls.find((call) => isRingingOut(call) && !call.earlyMedia && !farEndHeard.has(call.id));
}

/**
 * Plays the ringing tone of the person's country (their default country setting) in the call's
 * output while a call they placed rings without early media, as a phone would; stops for good on
 * early media or sound from the far end (a network playing its own ringback or an announcement),
 * on answer and on end, and follows a change of output device. Returns a function that stops it.
 */
export function startRingback(play: PlayRingback = playRingback): () => void {
  const farEndHeard = new Set<string>();
  let current: { key: string; playback: Promise<RingbackPlayback | undefined> } | undefined;

  const stopCurrent = () => {
    void current?.playback.then((playback) => playback?.stop());
    current = undefined;
  };

  /** The level is the far end of the newest call with running audio: the one being dialled, started last. */
  const noteFarEndAudio = (calls: readonly CallSnapshot[]) => {
    for (const id of farEndHeard) if (!calls.some((call) => call.id === id)) farEndHeard.delete(id);
    const audio = useCallAudioStore.getState();
    if (audio.levels.output < farEndAudible) return;
    const newest = calls.findLast((call) => audio.calls[call.id]?.status === 'running');
    if (newest && isRingingOut(newest)) farEndHeard.add(newest.id);
  };

  const update = () => {
    const calls = callsSelectors.active(useCallsStore.getState());
    noteFarEndAudio(calls);
    const call = callNeedingRingback(calls, farEndHeard);
    if (!call) return stopCurrent();
    const deviceId = devicesSelectors.speaker(useDevicesStore.getState())?.deviceId ?? '';
    const country = countryOf(useSettingsStore.getState());
    const key = JSON.stringify([call.id, deviceId, country]);
    if (current?.key === key) return;
    stopCurrent();
    // No audio output (or no Web Audio): the call still rings out, just without the local tone.
    current = { key, playback: play(ringbackToneFor(country), deviceId).catch(() => undefined) };
  };

  update();
  const unsubscribes = [
    useCallsStore.subscribe(update),
    useCallAudioStore.subscribe(update),
    useSettingsStore.subscribe(update),
    useDevicesStore.subscribe((state, previous) => {
      if (state.devices !== previous.devices || state.preferences !== previous.preferences) update();
    }),
  ];
  return () => {
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    stopCurrent();
  };
}
