import type { Page } from '@playwright/test';
import type { LabPulseAudio, PulseDevice } from '../lab/pulseaudio';
import { energyShareAt, rms } from '../lab/tones';
import { latestRecordingOf, type CallLab } from './call-lab';
import { invokeInPage, waitForCallAudio, waitForCallEvent } from './call-page';
import { signIn } from './call-ui';
import { chooseDevices } from './pulse-call';

/*
 * Echo return loss enhancement on PulseAudio's virtual devices, as audio-devices.spec.ts checks it
 * and bench:audio reports it: Dialtone plays on "Speakers", its microphone is a "Room microphone"
 * that hears those speakers (a speakerphone's echo path), bob talks (the call lab's speechLike
 * option), and what bob hears of himself at the end of a call is the echo. With echo cancellation
 * off it comes back at about the level he talks; on, attenuated by the ERLE. A person talks in the
 * room for the first part of each call (a tone the speakers play beside the call, so not in the
 * canceller's reference): they must still reach bob, or a canceller that mutes the microphone
 * would score best.
 */

export interface EchoTiming {
  /** How long the person talks over bob once the call's audio flows. */
  talkSeconds: number;
  /** How long bob's echo is measured, once the canceller has had convergeSeconds alone with it. */
  tailSeconds: number;
}

/** The spec's calls, and bench:audio's outside quick mode. */
export const echoTiming: EchoTiming = { talkSeconds: 2.5, tailSeconds: 3 };

/** After the person stops, bob talks alone this long before his echo is measured (the canceller re-converges after double talk). */
const convergeSeconds = 1;
/** The call goes on this long after the measured tail, for the delay of the audio path and a slow hang-up. */
const endSlackSeconds = 1;

/** With echo cancellation off bob hears himself at about the level he talks: above this, or the echo path is broken. */
export const echoOffMinRms = 1000;

/** The person in the room: a tone outside most of bob's speech-like band energy. */
export const nearEndTalker = { frequency: 440 } as const;

/** What bob heard of himself at the end of one call (echo), and of the person while both talked (RMS). */
export interface EchoHeard {
  echoRms: number;
  nearEndRms: number;
}

export interface EchoFigures {
  off: EchoHeard;
  on: EchoHeard;
  /** 20 log10(echo off / echo on), unrounded. */
  echoReturnLossEnhancementDb: number;
  /** 20 log10(person on / person off): how much of the person echo cancellation took away (0 = none). */
  nearEndChangeDb: number;
}

/** The room's devices: the speakers Dialtone plays on, and the person who talks there. */
export interface EchoRoom {
  speakers: PulseDevice;
  person: PulseDevice;
}

/**
 * Adds the speakers, a room microphone hearing them (both system defaults) and the person, signs
 * alice in and chooses the speakers and the room microphone by name in Audio settings.
 */
export async function setUpEchoRoom(
  page: Page,
  shell: { url: string },
  lab: CallLab,
  pulse: LabPulseAudio,
): Promise<EchoRoom> {
  const speakers = await pulse.addOutput('speakers', 'Speakers');
  const room = await pulse.addMicrophoneHearing('room_mic', 'Room microphone', speakers);
  const person = await pulse.addToneMicrophone('person', 'Person in the room', nearEndTalker.frequency);
  await pulse.setDefaults({ output: speakers, microphone: room });
  await signIn(page, shell, lab);
  await chooseDevices(page, { microphone: 'Room microphone', speaker: 'Speakers', ringers: ['Speakers'] });
  return { speakers, person };
}

/** The person starts talking in the room; resolves once the speakers carry it (module-loopback fills its buffer first). */
async function startTalking(pulse: LabPulseAudio, room: EchoRoom): Promise<PulseDevice> {
  const talking = await pulse.playInto(room.person, room.speakers);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const recording = pulse.recordOutput(room.speakers);
    await recording.started;
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (energyShareAt(await recording.stop(), 16_000, nearEndTalker.frequency) > 0.5) return talking;
    if (Date.now() > deadline) throw new Error('The person in the room was never heard on the speakers');
  }
}

const rmsOf = (samples: Int16Array, share: number) => Math.round(rms(samples) * Math.sqrt(share));

/**
 * One call to bob with echo cancellation on or off. The person talks over bob first: what bob heard
 * of them just before they stopped is the near end. Then bob talks alone, and what he hears of
 * himself once the canceller has converged is the echo.
 */
async function callWithEcho(
  page: Page,
  lab: CallLab,
  pulse: LabPulseAudio,
  room: EchoRoom,
  echoCancellation: boolean,
  timing: EchoTiming,
): Promise<EchoHeard> {
  await invokeInPage(page, 'settings:update', { echoCancellation, noiseSuppression: false, autoGainControl: false });
  const talking = await startTalking(pulse, room);
  const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
  await waitForCallAudio(page);
  await page.waitForTimeout(timing.talkSeconds * 1000);
  await pulse.remove(talking);
  await page.waitForTimeout((convergeSeconds + timing.tailSeconds + endSlackSeconds) * 1000);
  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');

  const { samples, rate } = await latestRecordingOf(lab.bob);
  const at = (seconds: number) => Math.round(seconds * rate);
  const stopped = personStoppedAt(samples, rate);
  const nearEnd = samples.subarray(
    Math.max(0, stopped - at(personMarginSeconds + nearEndSeconds)),
    Math.max(0, stopped - at(personMarginSeconds)),
  );
  const tail = samples.subarray(stopped + at(convergeSeconds), stopped + at(convergeSeconds + timing.tailSeconds));
  if (nearEnd.length < at(nearEndSeconds) || tail.length < at(timing.tailSeconds)) {
    throw new Error(
      `bob's recording (${(samples.length / rate).toFixed(1)} s) has the person stop at ${(stopped / rate).toFixed(1)} s: ` +
        `too early or too late to measure ${nearEndSeconds} s of them and ${timing.tailSeconds} s of echo`,
    );
  }
  return {
    echoRms: rmsOf(tail, 1 - energyShareAt(tail, rate, nearEndTalker.frequency)),
    nearEndRms: rmsOf(nearEnd, energyShareAt(nearEnd, rate, nearEndTalker.frequency)),
  };
}

/** How much of the person (over bob) is measured, ending this margin before they are last heard. */
const nearEndSeconds = 1;
const personMarginSeconds = 0.25;

/**
 * Where in bob's recording the person was last heard: the end of the last 100 ms that is loud and
 * mostly their tone. Found in the sound rather than from the clock: under load the audio path's
 * delay and a slow hang-up move the end of the recording by seconds.
 */
function personStoppedAt(samples: Int16Array, rate: number): number {
  const window = Math.round(rate / 10);
  for (let end = samples.length - (samples.length % window); end >= window; end -= window) {
    const heard = samples.subarray(end - window, end);
    if (rms(heard) > echoOffMinRms && energyShareAt(heard, rate, nearEndTalker.frequency) > 0.5) return end;
  }
  throw new Error('bob never heard the person in the room');
}

/** A call with echo cancellation off, then one with it on, in a room set up by setUpEchoRoom. */
export async function measureEchoCancellation(
  page: Page,
  lab: CallLab,
  pulse: LabPulseAudio,
  room: EchoRoom,
  timing: EchoTiming,
): Promise<EchoFigures> {
  const off = await callWithEcho(page, lab, pulse, room, false, timing);
  const on = await callWithEcho(page, lab, pulse, room, true, timing);
  const db = (numerator: number, denominator: number) =>
    20 * Math.log10(Math.max(numerator, 1) / Math.max(denominator, 1));
  return {
    off,
    on,
    echoReturnLossEnhancementDb: db(off.echoRms, on.echoRms),
    nearEndChangeDb: db(on.nearEndRms, off.nearEndRms),
  };
}
