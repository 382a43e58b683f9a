import { afterEach, describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../shared/models/call';
import { createMemoryLogger } from '../logging/logger';
import { AudioBridgeError, type AudioBridge } from '../media/audio-bridge/audio-bridge-types';
import type { PacketPort } from '../media/media-session-types';
import { AppFailure } from './app-failure';
import { createAudioService, type AudioCalls } from './audio-service';
import { createEventBus } from './event-bus';

const port: PacketPort = { codec: 'PCMU', send: () => undefined, onFrame: () => () => undefined };

/** Calls whose port shows up when the test says so; a removed call is gone, as in the call service. */
function fakeCalls() {
  const ports = new Map<string, PacketPort | undefined>();
  const calls: AudioCalls = {
    get(callId) {
      if (!ports.has(callId)) throw new AppFailure('call-not-found', 'That call has already ended.');
      return { audioPort: async () => ports.get(callId) };
    },
  };
  return { calls, ports };
}

function fakeBridges() {
  const made: { offerSdp: string; closed: boolean; bridge: AudioBridge }[] = [];
  let fail: Error | undefined;
  let delayMs = 0;
  return {
    made,
    failWith: (error: Error) => (fail = error),
    delay: (ms: number) => (delayMs = ms),
    async create(_port: PacketPort, offerSdp: string): Promise<AudioBridge> {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (fail) throw fail;
      const entry = {
        offerSdp,
        closed: false,
        bridge: { answerSdp: `answer to ${offerSdp}`, close: async () => void (entry.closed = true) },
      };
      made.push(entry);
      return entry.bridge;
    },
  };
}

const ended = (id: string) => ({ id, state: 'ended' }) as CallSnapshot;

function setup(portTimeoutMs = 500) {
  const { calls, ports } = fakeCalls();
  const bridges = fakeBridges();
  const events = createEventBus();
  const audio = createAudioService({
    calls,
    events,
    logger: createMemoryLogger(),
    portTimeoutMs,
    createBridge: (p, offer) => bridges.create(p, offer),
  });
  services.push(audio);
  return { audio, ports, bridges, events };
}

const services: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(services.splice(0).map((service) => service.close()))));

describe('audio service', () => {
  it('bridges a call once its audio port exists, waiting for it', async () => {
    const { audio, ports, bridges } = setup();
    ports.set('c1', undefined);
    setTimeout(() => ports.set('c1', port), 120);
    await expect(audio.connect('c1', 'offer-1')).resolves.toEqual({ answerSdp: 'answer to offer-1' });
    expect(bridges.made).toHaveLength(1);
    expect(audio.openBridges()).toBe(1);
  });

  it('gives up when the port never comes', async () => {
    const { audio, ports } = setup(200);
    ports.set('c1', undefined);
    await expect(audio.connect('c1', 'offer')).rejects.toMatchObject({ code: 'internal' });
  });

  it('refuses a call that does not exist', async () => {
    const { audio } = setup();
    await expect(audio.connect('nope', 'offer')).rejects.toMatchObject({ code: 'call-not-found' });
  });

  it('keeps one bridge per call: a second connect replaces the first', async () => {
    const { audio, ports, bridges } = setup();
    ports.set('c1', port);
    await audio.connect('c1', 'first');
    await audio.connect('c1', 'second');
    expect(bridges.made.map((made) => [made.offerSdp, made.closed])).toEqual([
      ['first', true],
      ['second', false],
    ]);
    expect(audio.openBridges()).toBe(1);
  });

  it('lets the newest of two overlapping connects win', async () => {
    const { audio, ports, bridges } = setup();
    ports.set('c1', port);
    bridges.delay(100);
    const first = audio.connect('c1', 'first');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = audio.connect('c1', 'second');
    await expect(first).rejects.toMatchObject({ code: 'call-not-found' });
    await expect(second).resolves.toEqual({ answerSdp: 'answer to second' });
    expect(bridges.made.find((made) => made.offerSdp === 'first')?.closed).toBe(true);
    expect(audio.openBridges()).toBe(1);
  });

  it('closes the bridge on disconnect, and disconnect of an unknown call is harmless', async () => {
    const { audio, ports, bridges } = setup();
    ports.set('c1', port);
    await audio.connect('c1', 'offer');
    await audio.disconnect('c1');
    await audio.disconnect('c1');
    await audio.disconnect('other');
    expect(bridges.made[0]!.closed).toBe(true);
    expect(audio.openBridges()).toBe(0);
  });

  it('tears the bridge down when the call ends, also while connect still waits for the port', async () => {
    const { audio, ports, bridges, events } = setup();
    ports.set('c1', port);
    await audio.connect('c1', 'offer');
    events.emit('calls:state-changed', { ...ended('c1'), state: 'connected' });
    expect(bridges.made[0]!.closed).toBe(false);
    events.emit('calls:state-changed', ended('c1'));
    await Promise.resolve();
    expect(bridges.made[0]!.closed).toBe(true);

    ports.set('c2', undefined);
    const waiting = audio.connect('c2', 'offer');
    setTimeout(() => events.emit('calls:state-changed', ended('c2')), 60);
    await expect(waiting).rejects.toMatchObject({ code: 'call-not-found' });
    expect(audio.openBridges()).toBe(0);
  });

  it('turns a refused offer into a message for the person', async () => {
    const { audio, ports, bridges } = setup();
    ports.set('c1', port);
    bridges.failWith(new AudioBridgeError('The audio offer has no 127.0.0.1 UDP candidate'));
    await expect(audio.connect('c1', 'offer')).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('closes every bridge when the backend closes, and refuses new ones', async () => {
    const { audio, ports, bridges } = setup();
    ports.set('c1', port);
    ports.set('c2', port);
    await audio.connect('c1', 'a');
    await audio.connect('c2', 'b');
    await audio.close();
    expect(bridges.made.every((made) => made.closed)).toBe(true);
    await expect(audio.connect('c1', 'again')).rejects.toBeInstanceOf(AppFailure);
  });
});
