import { startRingback } from '../audio/ringback';
import { startRinger } from '../audio/ringer';
import { setDeviceResolver, useCallAudioStore } from '../stores/call-audio/call-audio.store';
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
 * changes, the calls' device choice (and moving a call when it changes), the ringer and the
 * ringback of calls placed. Returns a function that stops them.
 */
export function startAudioDevices(): () => void {
  const stops = [watchDevices(), connectCallAudio(() => callAudio), startRinger(), startRingback()];
  return () => stops.forEach((stop) => stop());
}
