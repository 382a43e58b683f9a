import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/create-backend';
import type { EventPayload } from '../../shared/contract/event-channels';
import { soundTestTarget } from '../../shared/models/call';
import { invokeInPage, waitForCallAudio, waitForCallEvent } from '../support/call-page';
import { earDelays, echoRoundTrips, soundTestRecorder, startPageCapture, stopPageCapture } from './audio-echo';
import { progress, round } from './audio-progress';
import type { AudioProbe } from './audio-relay-probe';

/**
 * echoRoundTripMs through the sound test, with the page's ear delays (see audio-echo.ts for what is
 * measured and subtracted).
 */
export async function measureEchoRoundTrip(page: Page, backend: Backend, probe: AudioProbe) {
  // Processing off, so the click reaches main as it was (a person keeps it on).
  await invokeInPage(page, 'settings:update', {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  });
  const recorder = soundTestRecorder();
  const stopObserving = probe.observe(recorder);
  // The phase changes arrive here in the same tick as the sound test starts and stops recording.
  const stopPhases = backend.events.subscribe((event, payload) => {
    if (event !== 'calls:state-changed') return;
    const call = payload as EventPayload<'calls:state-changed'>;
    if (call.remoteNumber === soundTestTarget)
      recorder.setPhase(call.state === 'ended' ? undefined : call.soundTest?.phase);
  });
  try {
    const dialled = await invokeInPage(page, 'calls:dial', { target: soundTestTarget });
    await waitForCallAudio(page);
    await waitForCallEvent(page, (call) => call.id === dialled.id && call.soundTest?.phase === 'recording', 20_000);
    progress('sound test recording');
    await startPageCapture(page);
    await waitForCallEvent(page, (call) => call.id === dialled.id && call.soundTest?.phase === 'playback', 20_000);
    await sleep(4000);
    const ear = await earDelays(page);
    progress(
      `page ear (getStats averages): jitter buffer ${round(ear.jitterBufferMs)} ms (target ${round(ear.targetMs)}), ` +
        `playout ${round(ear.playoutMs)} ms`,
    );
    await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended', 30_000);
    const capture = await stopPageCapture(page);
    const frames = recorder.frames();
    const echo = echoRoundTrips(frames, capture, performance.timeOrigin);
    progress(
      `sound test: ${frames.recorded.length} frames recorded, ${frames.played.length} played; ` +
        `${echo.clicksInMain} clicks in main, ${echo.roundTripMs.length} matched; round trips ` +
        `${echo.roundTripMs.map((ms) => round(ms)).join(', ')} ms; subtracted sound test delay ` +
        `${echo.soundTestDelayMs.map((ms) => round(ms)).join(', ')} ms; coarse uplink ${echo.coarseUplinkMs.map((ms) => round(ms)).join(', ')} ms`,
    );
    if (echo.roundTripMs.length === 0) throw new Error('No click made it through the sound test and back');
    return { ...echo, ear };
  } finally {
    stopPhases();
    stopObserving();
  }
}
