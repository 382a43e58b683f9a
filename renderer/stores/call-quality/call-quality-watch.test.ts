import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { useCallAudioStore } from '../call-audio/call-audio.store';
import { initialCallsState, useCallsStore } from '../calls/calls.store';
import { initialDevicesState, useDevicesStore } from '../devices/devices.store';
import { selectors, useCallQualityStore } from './call-quality.store';
import { watchCallQuality } from './call-quality-watch';

const call = (change: Partial<CallSnapshot> = {}): CallSnapshot =>
  callSnapshot({ id: 'c1', remoteUri: 'sip:bob@example.com', remoteNumber: 'bob', direction: 'outgoing', ...change });
const connected = call({ state: 'connected', answeredAt: 1_000 });
const ended = (from: CallSnapshot) => ({
  ...from,
  state: 'ended' as const,
  endedAt: 9_000,
  endReason: 'hung-up' as const,
});
const figures = (mos: number) => ({ roundTripMs: 50, jitterMs: 3, lossPercent: 0, mos });
const report = () => selectors.reportFor('c1')(useCallQualityStore.getState());

let stop: () => void;
beforeEach(() => {
  useCallsStore.setState(initialCallsState);
  useDevicesStore.setState(initialDevicesState);
  useCallAudioStore.setState({ calls: {} });
  useCallQualityStore.setState({ report: null });
  stop = watchCallQuality();
});
afterEach(() => stop());

describe('watching a call for its quality report', () => {
  it('files a report when a connected call ends, from the polled figures, the local counters and device moves', () => {
    useCallsStore.getState().receive(connected);
    useCallsStore.setState({ quality: { c1: figures(4.4) } });
    useCallsStore.setState({ quality: { c1: figures(3.0) } });
    useCallAudioStore.setState({
      calls: {
        c1: {
          status: 'running',
          error: null,
          health: { concealedSamples: 80, totalSamplesReceived: 1000, glitches: 1 },
        },
      },
    });
    const unplugged = {
      kind: 'disconnected',
      message: 'Headset was disconnected. The call continues on Speakers.',
    } as const;
    const back = { kind: 'moved', message: 'Headset is back. The call moved to it.' } as const;
    useDevicesStore.getState().reportCallMove('speaker', unplugged);
    useDevicesStore.getState().reportCallMove('microphone', back);
    expect(report()).toBeNull();

    useCallsStore.getState().receive(ended(connected));
    expect(report()).toMatchObject({
      samples: 2,
      average: { mos: 3.7 },
      worst: { mos: 3.0 },
      concealedPercent: 8,
      glitches: 1,
      deviceEvents: [unplugged, back],
    });
    useCallQualityStore.getState().dismiss('c1');
    expect(report()).toBeNull();
  });

  it("keeps a microphone that failed to open as the call's problem", () => {
    useCallsStore.getState().receive(call({ state: 'dialing' }));
    useCallAudioStore.setState({ calls: { c1: { status: 'failed', error: 'No microphone was found.' } } });
    useCallsStore.getState().receive(connected);
    useCallsStore.getState().receive(ended(connected));
    expect(report()?.deviceEvents).toEqual([{ kind: 'microphone-failed', message: 'No microphone was found.' }]);
  });

  it('files nothing for a call that never connected or for the sound test, and forgets their figures', () => {
    const busy = call({ state: 'dialing' });
    useCallsStore.getState().receive(busy);
    useCallAudioStore.setState({
      calls: {
        c1: { status: 'running', error: null, health: { concealedSamples: 1, totalSamplesReceived: 10, glitches: 0 } },
      },
    });
    useCallsStore.getState().receive(ended(busy));
    expect(report()).toBeNull();

    const test = { ...connected, soundTest: { phase: 'done' as const, peakDbfs: null, averageDbfs: null } };
    useCallsStore.getState().receive(test);
    useCallsStore.getState().receive(ended(test));
    expect(report()).toBeNull();

    // The same id connecting later starts from nothing: the earlier counters were dropped.
    useCallAudioStore.setState({ calls: {} });
    useCallsStore.getState().receive(connected);
    useCallsStore.getState().receive(ended(connected));
    expect(report()).toMatchObject({ samples: 0, concealedPercent: null, deviceEvents: [] });
  });
});
