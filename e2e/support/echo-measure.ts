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
  /** How long each call lasts once its audio flows. */
  callSeconds: number;
  /** The end of what bob heard that is measured (after the echo canceller has converged). */
  tailSeconds: number;
}

/** The spec's calls, and bench:audio's outside quick mode. */
export const echoTiming: EchoTiming = { callSeconds: 6, tailSeconds: 3 };

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
 * One call to bob with echo cancellation on or off. The person talks over bob until half a second
 * before the measured tail: what bob heard of them then is the near end. In the tail bob talks
 * alone, and what he hears of himself is the echo.
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
  const talkSeconds = timing.callSeconds - timing.tailSeconds - personMarginSeconds;
  await page.waitForTimeout(talkSeconds * 1000);
  await pulse.remove(talking);
  await page.waitForTimeout((timing.callSeconds - talkSeconds) * 1000);
  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');

  const { samples, rate } = await latestRecordingOf(lab.bob);
  const fromEnd = (seconds: number) => Math.max(0, samples.length - Math.round(seconds * rate));
  const tail = samples.subarray(fromEnd(timing.tailSeconds));
  const nearEndEnd = timing.tailSeconds + 2 * personMarginSeconds;
  const nearEnd = samples.subarray(fromEnd(nearEndEnd + nearEndSeconds), fromEnd(nearEndEnd));
  return {
    echoRms: rmsOf(tail, 1 - energyShareAt(tail, rate, nearEndTalker.frequency)),
    nearEndRms: rmsOf(nearEnd, energyShareAt(nearEnd, rate, nearEndTalker.frequency)),
  };
}

/** Between the person's last words and the measured tail, and around the near-end window. */
const personMarginSeconds = 0.5;
/** How much of the person (over bob) is measured. */
const nearEndSeconds = 1;

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
