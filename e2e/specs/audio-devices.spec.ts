import { energyShareAt } from '../lab/tones';
import { farEndTone, heardShare, latestRecordingOf } from '../support/call-lab';
import { invokeInPage, waitForCallAudio, waitForCallEvent } from '../support/call-page';
import { signIn } from '../support/call-ui';
import { echoOffMinRms, echoTiming, measureEchoCancellation, setUpEchoRoom } from '../support/echo-measure';
import { chooseDevices, describeRecording, expect, recordOutputFor, test } from '../support/pulse-call';

/*
 * Device choice on a real audio stack (PulseAudio's virtual devices, see e2e/lab/pulseaudio.ts):
 * what each output really played and which microphone the far end really heard.
 */

const headsetTone = 440;
const laptopTone = 660;

test('the call plays on the headset, the ringer on the speakers, and bob hears the microphone chosen by name', async ({
  page,
  shell,
  lab,
  pulse,
  pageErrors,
}) => {
  const speakers = await pulse.addOutput('speakers', 'Speakers');
  const headset = await pulse.addOutput('headset', 'Headset');
  const laptopMicrophone = await pulse.addToneMicrophone('laptop_mic', 'Laptop microphone', laptopTone);
  await pulse.addToneMicrophone('headset_mic', 'Headset microphone', headsetTone);
  // The system default is the other device of each kind: only choice by name gives the headset.
  await pulse.setDefaults({ output: speakers, microphone: laptopMicrophone });

  await signIn(page, shell, lab);
  await chooseDevices(page, { microphone: 'Headset microphone', speaker: 'Headset', ringers: ['Speakers'] });

  // From before the first ring, which starts with sound (the cadence then pauses for seconds).
  const ringRecordings = [pulse.recordOutput(speakers), pulse.recordOutput(headset)] as const;
  await Promise.all(ringRecordings.map((recording) => recording.started));
  await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
  const ringing = await waitForCallEvent(page, (call) => call.direction === 'incoming' && call.state === 'ringing');
  await page.waitForTimeout(1500);
  const [ringOnSpeakers, ringOnHeadset] = await Promise.all([ringRecordings[0].stop(), ringRecordings[1].stop()]);

  await invokeInPage(page, 'calls:answer', { callId: ringing.id });
  await waitForCallEvent(page, (call) => call.id === ringing.id && call.state === 'connected');
  await waitForCallAudio(page);
  await page.waitForTimeout(1000);
  const [callOnHeadset, callOnSpeakers] = await Promise.all([
    recordOutputFor(pulse, headset, 3),
    recordOutputFor(pulse, speakers, 3),
  ]);
  await lab.bob.ctrl.hangup();
  await waitForCallEvent(page, (call) => call.id === ringing.id && call.state === 'ended');
  const bobHeardHeadset = await heardShare(lab.bob, headsetTone);
  const bobHeardLaptop = await heardShare(lab.bob, laptopTone);

  const figures = {
    ringing: { speakers: describeRecording(ringOnSpeakers, 0), headset: describeRecording(ringOnHeadset, 0) },
    call: {
      headset: describeRecording(callOnHeadset, farEndTone),
      speakers: describeRecording(callOnSpeakers, farEndTone),
    },
    bob: { headsetTone: bobHeardHeadset, laptopTone: bobHeardLaptop },
  };
  test.info().annotations.push({ type: 'device figures', description: JSON.stringify(figures) });
  expect(figures.ringing.speakers.rms).toBeGreaterThan(300);
  expect(figures.ringing.headset.rms).toBeLessThan(20);
  expect(figures.call.headset.share).toBeGreaterThan(0.8);
  expect(figures.call.speakers.rms).toBeLessThan(20);
  expect(bobHeardHeadset).toBeGreaterThan(0.9);
  expect(bobHeardLaptop).toBeLessThan(0.05);
  expect(pageErrors).toEqual([]);
});

/** The tone that dominates each second of a recording, as a sequence without repeats (e.g. [440, 660, 440]). */
function dominantTones(samples: Int16Array, rate: number, tones: number[]): number[] {
  const sequence: number[] = [];
  for (let start = 0; start + rate <= samples.length; start += rate) {
    const second = samples.subarray(start, start + rate);
    const shares = tones.map((tone) => energyShareAt(second, rate, tone));
    const best = Math.max(...shares);
    const tone = tones[shares.indexOf(best)]!;
    if (best > 0.5 && sequence.at(-1) !== tone) sequence.push(tone);
  }
  return sequence;
}

test('unplugging the headset mid-call moves the call to the other devices and says so; plugging it back returns the microphone', async ({
  page,
  shell,
  lab,
  pulse,
  pageErrors,
}) => {
  const speakers = await pulse.addOutput('speakers', 'Speakers');
  let headset = await pulse.addOutput('headset', 'Headset');
  const laptopMicrophone = await pulse.addToneMicrophone('laptop_mic', 'Laptop microphone', laptopTone);
  const headsetMicrophone = await pulse.addToneMicrophone('headset_mic', 'Headset microphone', headsetTone);
  await pulse.setDefaults({ output: speakers, microphone: laptopMicrophone });
  await signIn(page, shell, lab);
  await chooseDevices(page, { microphone: 'Headset microphone', speaker: 'Headset', ringers: ['Speakers'] });

  const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
  await waitForCallAudio(page);
  await page.waitForTimeout(1000);
  const before = await recordOutputFor(pulse, headset, 2);

  await pulse.remove(headset);
  await pulse.remove(headsetMicrophone);
  const notice = page.getByRole('complementary', { name: 'Call' }).locator('.call-card__device-move');
  await expect(notice).toHaveText(
    "Headset microphone was disconnected. The call's microphone continues on the system default. " +
      "Headset was disconnected. The call's sound continues on the system default.",
  );
  await page.waitForTimeout(1000);
  const unplugged = await recordOutputFor(pulse, speakers, 2);

  headset = await pulse.addOutput('headset', 'Headset');
  await pulse.addToneMicrophone('headset_mic', 'Headset microphone', headsetTone);
  await expect(notice).toHaveText(
    "Headset microphone is back. The call's microphone moved to it. Headset is back. The call's sound moved to it.",
  );
  await page.waitForTimeout(1000);
  // Only reported: see the fixme below.
  const pluggedBack = await recordOutputFor(pulse, headset, 2);

  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  const ended = await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');
  const bobHeard = await latestRecordingOf(lab.bob);
  const figures = {
    before: describeRecording(before, farEndTone),
    unplugged: describeRecording(unplugged, farEndTone),
    pluggedBack: describeRecording(pluggedBack, farEndTone),
    bobHeardInTurn: dominantTones(bobHeard.samples, bobHeard.rate, [headsetTone, laptopTone]),
  };
  test.info().annotations.push({ type: 'hot-plug figures', description: JSON.stringify(figures) });
  expect(ended.endReason).toBe('hung-up');
  expect(figures.before.share).toBeGreaterThan(0.8);
  expect(figures.unplugged.share).toBeGreaterThan(0.8);
  expect(figures.bobHeardInTurn).toEqual([headsetTone, laptopTone, headsetTone]);
  // Chromium's own console line for an AudioContext whose output device was unplugged (the keypad
  // and ringback tones play on the chosen speaker); nothing else may go wrong.
  const unpluggedContext = 'The AudioContext encountered an error from the audio device or the WebAudio renderer.';
  expect(pageErrors.filter((error) => error !== unpluggedContext)).toEqual([]);
});

// Dialtone does ask for the returning headset (setSinkId with its id; the notice above says so), but
// Chromium plays on the output stream it opened for that id before the unplug, which PulseAudio had
// moved to the speakers; a new element or an AudioContext with that sinkId reuses it too. On a desktop
// the sound server's restore policy (module-stream-restore, WirePlumber) moves it back, but the lab's
// per-application restore key is shared by all of Chromium's streams, so it does so only sometimes.
test.fixme('the call sound returns to a re-plugged headset (Chromium reuses its stream that PulseAudio moved away)', () => {});

test.describe('bob talking (speech-like noise)', () => {
  test.use({ callLab: { speechLike: true } });

  test('echo cancellation takes the far end out of a microphone that hears the speakers; off, it comes back', async ({
    page,
    shell,
    lab,
    pulse,
  }) => {
    test.setTimeout(120_000);
    const room = await setUpEchoRoom(page, shell, lab, pulse);
    const measured = await measureEchoCancellation(page, lab, pulse, room, echoTiming);
    const round1 = (db: number) => Math.round(db * 10) / 10;
    const { off, on, echoReturnLossEnhancementDb, nearEndChangeDb } = measured;
    const figures = JSON.stringify({
      ...measured,
      echoReturnLossEnhancementDb: round1(echoReturnLossEnhancementDb),
      nearEndChangeDb: round1(nearEndChangeDb),
    });
    test.info().annotations.push({ type: 'echo figures', description: figures });

    // Off: bob hears himself back at about the level he talks, and the person in the room.
    expect(off.echoRms, figures).toBeGreaterThan(echoOffMinRms);
    expect(off.nearEndRms, figures).toBeGreaterThan(echoOffMinRms);
    // On: the person still reaches bob (a canceller that muted the microphone would fail here).
    expect(on.nearEndRms, figures).toBeGreaterThan(echoOffMinRms);
    expect(nearEndChangeDb, figures).toBeGreaterThan(-6);
    // Measured here: ERLE 27.8-36.6 dB with the person losing 0.5-2 dB, in 8 runs with both cores
    // kept busy beside the test (AEC3 against a steady tone instead of speech managed only 6-8 dB).
    expect(echoReturnLossEnhancementDb, figures).toBeGreaterThan(10);
  });
});
