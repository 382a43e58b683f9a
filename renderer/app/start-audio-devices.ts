import { startRingback } from '../audio/ringback';
import { startRinger } from '../audio/ringer';
import { setDeviceResolver, useCallAudioStore } from '../stores/call-audio/call-audio.store';
import { watchCallQuality } from '../stores/call-quality/call-quality-watch';
import { connectCallAudio, watchDevices, type CallAudioControls } from '../stores/devices/device-watch';

/** The call-audio store as device choice needs it. */
const callAudio: CallAudioControls = {
  useMicrophone: (deviceId) => useCallAudioStore.getState().useMicrophone(deviceId),
  useSpeaker: (deviceId) => useCallAudioStore.getState().useSpeaker(deviceId),
  setDeviceResolver: (resolve) =>
    setDeviceResolver((kind) => (kind === 'microphone' ? resolve().microphoneId : resolve().speakerId)),
};

/**
 * Starts everything audio devices need for the life of the window: the device list and its
 * changes, the calls' device choice (and moving a call when it changes), the ringer, the
 * ringback of calls placed and each call's quality report. Returns a function that stops them.
 */
export function startAudioDevices(): () => void {
  const stops = [watchDevices(), connectCallAudio(() => callAudio), startRinger(), startRingback(), watchCallQuality()];
  return () => stops.forEach((stop) => stop());
}
