import type { ChosenDevice } from '../stores/devices/device-choice';
import { selectors as callsSelectors, useCallsStore } from '../stores/calls/calls.store';
import { selectors as devicesSelectors, useDevicesStore } from '../stores/devices/devices.store';
import {
  callWaitingUrl,
  createAudioElement,
  describePlayError,
  ringtoneUrl,
  routeTo,
  type AudioElementLike,
  type CreateAudio,
  type OutputTarget,
} from './ringer-playback';

export interface RingerOptions {
  url?: string;
  createAudio?: CreateAudio;
  /** Told what went wrong (worded for the person), or null once every output rings. */
  onProblem(problem: string | null): void;
}

export interface Ringer {
  /** Rings on exactly these outputs, all at once; outputs already ringing carry on undisturbed. */
  ring(targets: readonly OutputTarget[]): void;
  stop(): void;
}

/** One looping audio element per output, so the headset and the speakers ring together. */
export function createRinger({
  url = ringtoneUrl,
  createAudio = createAudioElement,
  onProblem,
}: RingerOptions): Ringer {
  const playing = new Map<string, AudioElementLike>();
  const problems = new Map<string, string>();

  function report() {
    onProblem(problems.size > 0 ? [...problems.values()].join(' ') : null);
  }

  async function start(target: OutputTarget, audio: AudioElementLike) {
    try {
      await routeTo(audio, target);
      // Stopped, or moved to other outputs, while the device was being selected.
      if (playing.get(target.deviceId) !== audio) return;
      await audio.play();
      if (playing.get(target.deviceId) !== audio) return;
      problems.delete(target.deviceId);
    } catch (error) {
      // pause() during play() rejects with AbortError: that is a stop, not a failure.
      if (playing.get(target.deviceId) !== audio) return;
      playing.delete(target.deviceId);
      problems.set(target.deviceId, describePlayError(error, target, 'ringtone'));
    }
    report();
  }

  function silence(deviceId: string) {
    const audio = playing.get(deviceId);
    playing.delete(deviceId);
    problems.delete(deviceId);
    if (!audio) return;
    audio.pause();
    audio.currentTime = 0;
  }

  return {
    ring(targets) {
      const outputs = targets.length > 0 ? targets : [{ deviceId: '', name: '' }];
      const wanted = new Set(outputs.map((target) => target.deviceId));
      const hadProblems = problems.size;
      [...playing.keys(), ...problems.keys()].filter((deviceId) => !wanted.has(deviceId)).forEach(silence);
      if (problems.size !== hadProblems) report();
      for (const target of outputs) {
        if (playing.has(target.deviceId) || problems.has(target.deviceId)) continue;
        const audio = createAudio(url);
        audio.loop = true;
        playing.set(target.deviceId, audio);
        void start(target, audio);
      }
    },

    stop() {
      [...playing.keys()].forEach(silence);
      problems.clear();
    },
  };
}

function targetsOf(ringers: readonly ChosenDevice[]): OutputTarget[] {
  return ringers.map(({ deviceId, name }) => ({ deviceId, name }));
}

/** A call in progress (talking or on hold): a new call then waits with a tone instead of ringing. */
const inCall = (state: ReturnType<typeof useCallsStore.getState>) =>
  callsSelectors.active(state).some((call) => call.state === 'connected');

/**
 * Rings while an incoming call is ringing, on every chosen ringer device, following device
 * changes; stops on answer, decline or end. During another call it rings softly instead: the
 * call-waiting tone in the call's own output (the headset), not the ringtone on the speakers.
 * Returns a function that stops the ringer for good.
 */
export function startRinger(options: Partial<RingerOptions> = {}): () => void {
  const onProblem = options.onProblem ?? ((problem) => useDevicesStore.getState().reportRinger(problem));
  const ringer = createRinger({ ...options, onProblem });
  const waitingTone = createRinger({ ...options, url: callWaitingUrl, onProblem });
  let ringing = false;

  const update = () => {
    const calls = useCallsStore.getState();
    const devices = useDevicesStore.getState();
    const shouldRing = callsSelectors.ringing(calls).length > 0;
    if (!shouldRing) {
      if (ringing) {
        ringer.stop();
        waitingTone.stop();
      }
    } else {
      // A new ring starts clean: a problem from an earlier call may be solved by now.
      if (!ringing) onProblem(null);
      if (inCall(calls)) {
        ringer.stop();
        const speaker = devicesSelectors.speaker(devices);
        waitingTone.ring(speaker ? [{ deviceId: speaker.deviceId, name: speaker.name }] : []);
      } else {
        waitingTone.stop();
        ringer.ring(targetsOf(devicesSelectors.ringers(devices)));
      }
    }
    ringing = shouldRing;
  };

  update();
  const stopCalls = useCallsStore.subscribe(update);
  const stopDevices = useDevicesStore.subscribe((state, previous) => {
    if (state.devices !== previous.devices || state.preferences !== previous.preferences) update();
  });
  return () => {
    stopCalls();
    stopDevices();
    ringer.stop();
    waitingTone.stop();
  };
}
