import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../shared/models/call';
import { callSnapshot } from '../test-support/call-snapshot';
import { initialCallsState, useCallsStore } from '../stores/calls/calls.store';
import { initialDevicesState, useDevicesStore } from '../stores/devices/devices.store';
import { fakeAudioFactory, settle } from './ringer-fakes';
import { createRinger, startRinger } from './ringer';
import { callWaitingUrl, playOnce, ringtoneUrl } from './ringer-playback';

const headset = { deviceId: 'spk-headset', name: 'Headset' };
const speakers = { deviceId: 'spk-laptop', name: 'Laptop Speakers' };

function call(state: CallSnapshot['state'], direction: CallSnapshot['direction'] = 'incoming'): CallSnapshot {
  return callSnapshot({ state, direction, endReason: state === 'ended' ? 'declined' : null });
}

describe('createRinger', () => {
  it('rings on every target at once, looping, each on its own output', async () => {
    const audio = fakeAudioFactory();
    const problems: (string | null)[] = [];
    const ringer = createRinger({ createAudio: audio.createAudio, onProblem: (p) => problems.push(p) });
    ringer.ring([headset, speakers]);
    await settle();
    expect(audio.playingSinks()).toEqual(['spk-headset', 'spk-laptop']);
    expect(audio.created.every((element) => element.loop && element.url === ringtoneUrl)).toBe(true);
    expect(problems.at(-1)).toBeNull();

    ringer.stop();
    expect(audio.playingSinks()).toEqual([]);
  });

  it('keeps outputs that still ring undisturbed and follows a changed set', async () => {
    const audio = fakeAudioFactory();
    const ringer = createRinger({ createAudio: audio.createAudio, onProblem: () => undefined });
    ringer.ring([headset]);
    await settle();
    ringer.ring([headset]);
    ringer.ring([headset, speakers]);
    await settle();
    expect(audio.created).toHaveLength(2);
    ringer.ring([speakers]);
    await settle();
    expect(audio.playingSinks()).toEqual(['spk-laptop']);
  });

  it('plays on the default output, without setSinkId, when no output is listed', async () => {
    const audio = fakeAudioFactory();
    const ringer = createRinger({ createAudio: audio.createAudio, onProblem: () => undefined });
    ringer.ring([]);
    await settle();
    expect(audio.created.map((element) => [element.playing, element.sinkId])).toEqual([[true, '']]);
  });

  it('does not start an output that was stopped while its device was being selected', async () => {
    const audio = fakeAudioFactory();
    const ringer = createRinger({ createAudio: audio.createAudio, onProblem: () => undefined });
    ringer.ring([headset]);
    ringer.stop();
    await settle();
    expect(audio.playingSinks()).toEqual([]);
  });

  it('catches a failure to play, says what to do, and keeps ringing elsewhere', async () => {
    const audio = fakeAudioFactory();
    const problems: (string | null)[] = [];
    const ringer = createRinger({ createAudio: audio.createAudio, onProblem: (p) => problems.push(p) });
    ringer.ring([speakers]);
    await settle();
    audio.failures.sink = new DOMException('Requested device not found', 'NotFoundError');
    ringer.ring([speakers, headset]);
    await settle();
    expect(audio.playingSinks()).toEqual(['spk-laptop']);
    expect(problems.at(-1)).toBe(
      'The ringtone could not play: Headset is not connected. Choose other devices in Settings, Audio.',
    );

    ringer.ring([speakers]);
    expect(problems.at(-1)).toBeNull();
  });

  it('reports a blocked autoplay instead of throwing', async () => {
    const audio = fakeAudioFactory();
    audio.failures.play = new DOMException('play() failed', 'NotAllowedError');
    const problems: (string | null)[] = [];
    const ringer = createRinger({ createAudio: audio.createAudio, onProblem: (p) => problems.push(p) });
    expect(() => ringer.ring([headset])).not.toThrow();
    await settle();
    expect(problems.at(-1)).toMatch(/^The ringtone was blocked from playing on Headset\./);
  });
});

describe('startRinger', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
    useCallsStore.setState(initialCallsState);
    useDevicesStore.setState({
      ...initialDevicesState,
      devices: [
        { deviceId: 'spk-headset', kind: 'audiooutput', label: 'Headset', groupId: 'h' },
        { deviceId: 'spk-laptop', kind: 'audiooutput', label: 'Laptop Speakers', groupId: 'l' },
      ],
      preferences: { microphones: [], speakers: ['Headset'], ringers: ['Headset', 'Laptop Speakers'] },
    });
  });
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('rings on every chosen ringer while an incoming call rings and stops when it is answered', async () => {
    const audio = fakeAudioFactory();
    stops.push(startRinger({ createAudio: audio.createAudio }));
    useCallsStore.getState().receive(call('ringing'));
    await settle();
    expect(audio.playingSinks()).toEqual(['spk-headset', 'spk-laptop']);

    useCallsStore.getState().receive(call('connected'));
    expect(audio.playingSinks()).toEqual([]);
  });

  it('during a call, a new call waits with the soft tone in the call output instead of the ringtone', async () => {
    const audio = fakeAudioFactory();
    const sounding = () =>
      audio.created.filter((element) => element.playing).map((element) => [element.url, element.sinkId]);
    stops.push(startRinger({ createAudio: audio.createAudio }));
    useCallsStore.getState().receive(callSnapshot({ id: 'talking', direction: 'outgoing', state: 'connected' }));
    useCallsStore.getState().receive(callSnapshot({ id: 'waiting', direction: 'incoming', state: 'ringing' }));
    await settle();
    expect(sounding()).toEqual([[callWaitingUrl, 'spk-headset']]);
    expect(audio.created.find((element) => element.url === callWaitingUrl)!.loop).toBe(true);

    // The first call ends while the second still rings: now it rings out loud, on every ringer.
    useCallsStore
      .getState()
      .receive(callSnapshot({ id: 'talking', direction: 'outgoing', state: 'ended', endReason: 'hung-up' }));
    await settle();
    expect(sounding()).toEqual([
      [ringtoneUrl, 'spk-headset'],
      [ringtoneUrl, 'spk-laptop'],
    ]);
    useCallsStore.getState().receive(callSnapshot({ id: 'waiting', direction: 'incoming', state: 'connected' }));
    expect(sounding()).toEqual([]);
  });

  it('stops when the call is declined or ends, and does not ring for outgoing calls', async () => {
    const audio = fakeAudioFactory();
    stops.push(startRinger({ createAudio: audio.createAudio }));
    useCallsStore.getState().receive(call('dialing', 'outgoing'));
    await settle();
    expect(audio.created).toHaveLength(0);

    useCallsStore.setState(initialCallsState);
    useCallsStore.getState().receive(call('ringing'));
    await settle();
    useCallsStore.getState().receive(call('ended'));
    expect(audio.playingSinks()).toEqual([]);
  });

  it('follows ringer devices that disappear and come back while ringing', async () => {
    const audio = fakeAudioFactory();
    stops.push(startRinger({ createAudio: audio.createAudio }));
    useCallsStore.getState().receive(call('ringing'));
    await settle();
    const everything = useDevicesStore.getState().devices;
    useDevicesStore.setState({ devices: everything.filter((device) => device.label !== 'Headset') });
    await settle();
    expect(audio.playingSinks()).toEqual(['spk-laptop']);
    useDevicesStore.setState({ devices: everything });
    await settle();
    expect(audio.playingSinks()).toEqual(['spk-headset', 'spk-laptop']);
  });

  it('shows a failure in the devices store and clears it on the next ring', async () => {
    const audio = fakeAudioFactory();
    audio.failures.play = new DOMException('nope', 'NotAllowedError');
    stops.push(startRinger({ createAudio: audio.createAudio }));
    useCallsStore.getState().receive(call('ringing'));
    await settle();
    expect(useDevicesStore.getState().ringerProblem).toMatch(/blocked/);

    useCallsStore.getState().receive(call('ended'));
    delete audio.failures.play;
    useCallsStore.setState(initialCallsState);
    useCallsStore.getState().receive({ ...call('ringing'), id: 'c2' });
    await settle();
    expect(useDevicesStore.getState().ringerProblem).toBeNull();
    expect(audio.playingSinks()).toEqual(['spk-headset', 'spk-laptop']);
  });
});

describe('playOnce', () => {
  it('plays once on each target and returns the problems', async () => {
    const audio = fakeAudioFactory();
    expect(await playOnce('sounds/x.wav', [headset], 'test sound', audio.createAudio)).toEqual([]);
    expect(audio.created.map((element) => [element.loop, element.sinkId, element.playing])).toEqual([
      [false, 'spk-headset', true],
    ]);

    audio.failures.play = new DOMException('gone', 'AbortError');
    expect(await playOnce('sounds/x.wav', [], 'test sound', audio.createAudio)).toEqual([
      'The test sound could not play on the default output. Check the device, or choose another in Settings, Audio.',
    ]);
  });
});
