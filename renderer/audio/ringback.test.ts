import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/models/settings';
import { useCallAudioStore } from '../stores/call-audio/call-audio.store';
import { initialCallsState, useCallsStore } from '../stores/calls/calls.store';
import { initialDevicesState, useDevicesStore } from '../stores/devices/devices.store';
import { initialSettingsState, useSettingsStore } from '../stores/settings/settings.store';
import { callSnapshot } from '../test-support/call-snapshot';
import { settle } from './ringer-fakes';
import { callNeedingRingback, farEndAudible, startRingback, type PlayRingback } from './ringback';
import type { RingbackTone } from './ringback-tones';

interface Played {
  tone: RingbackTone;
  deviceId: string;
  stopped: boolean;
}

/** Records what would play where, and whether it was stopped. */
function fakePlayer(failure?: Error) {
  const played: Played[] = [];
  const play: PlayRingback = async (tone, deviceId) => {
    if (failure) throw failure;
    const entry = { tone, deviceId, stopped: false };
    played.push(entry);
    return { stop: () => void (entry.stopped = true) };
  };
  return { play, played, sounding: () => played.filter((entry) => !entry.stopped) };
}

const receive = (overrides: Parameters<typeof callSnapshot>[0]) =>
  useCallsStore.getState().receive(callSnapshot({ id: 'out', ...overrides }));

/** The far end's level as the call-audio store meters it, for a call whose audio runs. */
function farEndLevel(callId: string, output: number) {
  useCallAudioStore.setState({
    calls: { [callId]: { status: 'running', error: null } },
    levels: { input: 0, output },
  });
}

describe('callNeedingRingback', () => {
  it('is the outgoing call that rings without early media or far-end sound', () => {
    const ringing = callSnapshot({ id: 'a', state: 'ringing' });
    expect(callNeedingRingback([ringing], new Set())).toBe(ringing);
    expect(callNeedingRingback([ringing], new Set(['a']))).toBeUndefined();
    for (const call of [
      callSnapshot({ state: 'dialing' }),
      callSnapshot({ state: 'ringing', earlyMedia: true }),
      callSnapshot({ state: 'connected' }),
      callSnapshot({ state: 'ringing', direction: 'incoming' }),
      callSnapshot({ state: 'ringing', soundTest: { phase: 'prompt', peakDbfs: null, averageDbfs: null } }),
    ]) {
      expect(callNeedingRingback([call], new Set()), JSON.stringify(call)).toBeUndefined();
    }
  });
});

describe('startRingback', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
    useCallsStore.setState(initialCallsState);
    useCallAudioStore.setState({ calls: {}, levels: { input: 0, output: 0 } });
    useSettingsStore.setState({ ...initialSettingsState, settings: { ...defaultSettings, defaultCountry: 'GB' } });
    useDevicesStore.setState({
      ...initialDevicesState,
      devices: [
        { deviceId: 'spk-headset', kind: 'audiooutput', label: 'Headset', groupId: 'h' },
        { deviceId: 'spk-laptop', kind: 'audiooutput', label: 'Laptop Speakers', groupId: 'l' },
      ],
      preferences: { microphones: [], speakers: ['Headset'], ringers: ['Laptop Speakers'] },
    });
  });
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it("rings back in the person's country tone on the call's output from 180 until the answer", async () => {
    const player = fakePlayer();
    stops.push(startRingback(player.play));
    receive({ state: 'dialing' });
    await settle();
    expect(player.played).toEqual([]);

    receive({ state: 'ringing' });
    await settle();
    expect(player.sounding().map(({ tone, deviceId }) => [tone.frequencies, deviceId])).toEqual([
      [[400, 450], 'spk-headset'],
    ]);

    receive({ state: 'connected' });
    await settle();
    expect(player.sounding()).toEqual([]);
    expect(player.played).toHaveLength(1);
  });

  it('stops when the call ends or early media arrives, and never starts over early media', async () => {
    const player = fakePlayer();
    stops.push(startRingback(player.play));
    receive({ state: 'ringing' });
    await settle();
    receive({ state: 'ringing', earlyMedia: true });
    await settle();
    expect(player.sounding()).toEqual([]);

    receive({ id: 'second', state: 'ringing', earlyMedia: true });
    receive({ id: 'third', state: 'ringing' });
    await settle();
    expect(player.sounding()).toHaveLength(1);
    useCallsStore.getState().receive(callSnapshot({ id: 'third', state: 'ended', endReason: 'cancelled' }));
    await settle();
    expect(player.sounding()).toEqual([]);
  });

  it("stops for good once the far end's own sound is heard, through the quiet gaps of a network ringback", async () => {
    const player = fakePlayer();
    stops.push(startRingback(player.play));
    receive({ state: 'ringing' });
    await settle();
    farEndLevel('out', farEndAudible / 2);
    await settle();
    expect(player.sounding()).toHaveLength(1);

    farEndLevel('out', 0.2);
    await settle();
    expect(player.sounding()).toEqual([]);
    farEndLevel('out', 0);
    await settle();
    expect(player.sounding()).toEqual([]);
    expect(player.played).toHaveLength(1);
  });

  it('moves to another output when the chosen one changes, and to another tone with the country', async () => {
    const player = fakePlayer();
    stops.push(startRingback(player.play));
    receive({ state: 'ringing' });
    await settle();
    useDevicesStore.getState().setPreferences({ microphones: [], speakers: ['Laptop Speakers'], ringers: [] });
    await settle();
    expect(player.sounding().map(({ deviceId }) => deviceId)).toEqual(['spk-laptop']);

    useSettingsStore.setState({ settings: { ...defaultSettings, defaultCountry: 'US' } });
    await settle();
    expect(player.sounding().map(({ tone }) => tone.frequencies)).toEqual([[440, 480]]);
    expect(player.played).toHaveLength(3);
  });

  it('carries on without a tone when it cannot play, and stops with the window', async () => {
    const failing = fakePlayer(new DOMException('Requested device not found', 'NotFoundError'));
    stops.push(startRingback(failing.play));
    receive({ state: 'ringing' });
    await settle();
    receive({ state: 'connected' });
    await settle();
    expect(failing.played).toEqual([]);

    const player = fakePlayer();
    const stop = startRingback(player.play);
    await settle();
    expect(player.sounding()).toEqual([]);
    receive({ id: 'next', state: 'ringing' });
    await settle();
    expect(player.sounding()).toHaveLength(1);
    stop();
    await settle();
    expect(player.sounding()).toEqual([]);
  });
});
