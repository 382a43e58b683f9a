import { randomUUID } from 'node:crypto';
import type { CallEndReason } from '../../../shared/models/call-end-reason';
import { soundTestTarget, startingCallSnapshot, type CallSnapshot } from '../../../shared/models/call';
import { words } from '../../../shared/text/words';
import { decodeG711 } from '../../media/g711';
import type { PacketPort } from '../../media/media-session-types';
import { mutablePort, type MutablePort } from '../../media/mutable-port';
import { createPortPair } from '../../media/port-pair';
import { playSamples, type WavSource } from '../../media/wav';
import { AppFailure } from '../app-failure';
import type { Call } from '../call';
import { audioLevels } from './audio-levels';

export interface SoundTestAudio {
  prompt: Int16Array;
  beep: Int16Array;
}

/** Gives the audio bridge a moment to start playing before the prompt begins. */
const startDelayMs = 300;

/**
 * Dialtone's echo service, like Skype's: a short prompt, a beep, about 8 seconds of the
 * microphone recorded, then played back through the same media path, with the levels it saw.
 * It needs no account and no network.
 */
export class SoundTestCall implements Call {
  readonly id = randomUUID();
  readonly twilioCallSid = null;
  private snapshot: CallSnapshot;
  private readonly listeners = new Set<(snapshot: CallSnapshot) => void>();
  private readonly near: MutablePort;
  private readonly service: PacketPort;
  private playing: WavSource | undefined;
  private started = false;
  private ended = false;

  constructor(
    private readonly audio: SoundTestAudio,
    private readonly recordMs = 8000,
  ) {
    const { near, far } = createPortPair('PCMU');
    this.service = far;
    const port = mutablePort(near);
    // The first listener on our side is the audio bridge: the test begins when someone can hear it.
    this.near = {
      ...port,
      get codec() {
        return port.codec;
      },
      onFrame: (listener) => {
        const stop = port.onFrame(listener);
        if (!this.started) {
          this.started = true;
          setTimeout(() => void this.run(), startDelayMs);
        }
        return stop;
      },
    };
    this.snapshot = startingCallSnapshot({
      id: this.id,
      direction: 'outgoing',
      remoteUri: `dialtone:${soundTestTarget}`,
      remoteNumber: soundTestTarget,
      remoteName: 'Sound test',
      soundTest: { phase: 'prompt', peakDbfs: null, averageDbfs: null },
    });
  }

  get state(): CallSnapshot {
    return this.snapshot;
  }

  onChange(listener: (snapshot: CallSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  audioPort = async (): Promise<PacketPort> => this.near;
  media = async () => undefined;

  async hangUp(reason: CallEndReason = 'hung-up'): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.playing?.stop();
    this.update({ state: 'ended', endedAt: Date.now(), endReason: reason });
  }

  async setHold(hold: boolean): Promise<void> {
    this.near.setHeld(hold);
    this.update({ onHold: hold });
  }

  setRemoteName(name: string): void {
    this.update({ remoteName: name });
  }

  setMuted(muted: boolean): void {
    this.near.setMuted(muted);
    this.update({ muted });
  }

  async sendDtmf(): Promise<void> {
    throw new AppFailure('unsupported', words('calls.soundTestNoKeypad'));
  }

  ring = async (): Promise<void> => this.notIncoming();
  answer = async (): Promise<void> => this.notIncoming();
  decline = async (): Promise<void> => this.notIncoming();

  private notIncoming(): never {
    throw new AppFailure('unsupported', words('calls.soundTestNothingToAnswer'));
  }

  private async play(samples: Int16Array): Promise<void> {
    if (this.ended) return;
    this.playing = playSamples(this.service, samples);
    await this.playing.done;
  }

  private async record(): Promise<Int16Array> {
    const chunks: Int16Array[] = [];
    const stop = this.service.onFrame((frame) => chunks.push(decodeG711(frame.codec, frame.payload)));
    await new Promise((resolve) => setTimeout(resolve, this.recordMs));
    stop();
    const samples = new Int16Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    chunks.reduce((offset, chunk) => (samples.set(chunk, offset), offset + chunk.length), 0);
    return samples;
  }

  private async run(): Promise<void> {
    if (this.ended) return;
    this.update({ state: 'connected', answeredAt: Date.now() });
    await this.play(this.audio.prompt);
    await this.play(this.audio.beep);
    if (this.ended) return;
    this.update({ soundTest: { phase: 'recording', peakDbfs: null, averageDbfs: null } });
    const recording = await this.record();
    if (this.ended) return;
    this.update({ soundTest: { phase: 'playback', ...audioLevels(recording) } });
    await this.play(recording);
    if (this.ended) return;
    this.update({ soundTest: { ...this.snapshot.soundTest!, phase: 'done' } });
    await this.hangUp('hung-up');
  }

  private update(change: Partial<CallSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
