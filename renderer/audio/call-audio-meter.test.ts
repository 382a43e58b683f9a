import { describe, expect, it } from 'vitest';
import { createLevelMeter } from './call-audio-meter';

type Entry = { id: string; type: string } & Record<string, unknown>;

/** A peer whose getStats answers with these entries (an RTCStatsReport is a read-only Map). */
function peerReporting(entries: () => Entry[]) {
  let calls = 0;
  const pc = {
    getStats: async () => {
      calls++;
      return new Map(entries().map((entry) => [entry.id, entry])) as unknown as RTCStatsReport;
    },
  } as unknown as RTCPeerConnection;
  return { pc, calls: () => calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const callStats = (input: number | undefined, output: number | undefined): Entry[] => [
  { id: 'old-source', type: 'media-source', kind: 'audio', audioLevel: 0.9 },
  { id: 'source', type: 'media-source', kind: 'audio', audioLevel: input },
  { id: 'out', type: 'outbound-rtp', kind: 'audio', mediaSourceId: 'source' },
  { id: 'in', type: 'inbound-rtp', kind: 'audio', audioLevel: output },
];

describe('call level meter', () => {
  it("reads the sent track's source and the received audio, one reading behind", async () => {
    const { pc } = peerReporting(() => callStats(0.25, 0.5));
    const meter = createLevelMeter(pc);
    expect(meter.levels()).toEqual({ input: 0, output: 0 });
    await settle();
    expect(meter.levels()).toEqual({ input: 0.25, output: 0.5 });
  });

  it('reads zero for levels WebRTC has not reported, and never more than full scale', async () => {
    const { pc } = peerReporting(() => callStats(undefined, 7));
    const meter = createLevelMeter(pc);
    meter.levels();
    await settle();
    expect(meter.levels()).toEqual({ input: 0, output: 1 });
  });

  it('asks for one report at a time, and none once closed', async () => {
    const { pc, calls } = peerReporting(() => callStats(0.1, 0.1));
    const meter = createLevelMeter(pc);
    meter.levels();
    meter.levels();
    expect(calls()).toBe(1);
    await settle();
    meter.close();
    expect(meter.levels()).toEqual({ input: 0, output: 0 });
    expect(calls()).toBe(1);
  });

  it('keeps the last levels when a report fails', async () => {
    let fail = false;
    const pc = {
      getStats: async () => {
        if (fail) throw new Error('closed');
        return new Map(callStats(0.3, 0.4).map((entry) => [entry.id, entry]));
      },
    } as unknown as RTCPeerConnection;
    const meter = createLevelMeter(pc);
    meter.levels();
    await settle();
    fail = true;
    meter.levels();
    await settle();
    expect(meter.levels()).toEqual({ input: 0.3, output: 0.4 });
  });
});
