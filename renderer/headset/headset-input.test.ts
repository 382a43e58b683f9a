import { describe, expect, it } from 'vitest';
import { createHeadsetInput, muteEchoMs } from './headset-input';
import { readHeadsetMap } from './headset-map';
import { airohaTelephonyHeadset, reportData, teamsHeadsetRelativeHook } from './real-headsets-test-kit';

const lights = { offHook: false, mute: false, ring: false, hold: false };

function airoha() {
  let time = 1000;
  const input = createHeadsetInput(readHeadsetMap(airohaTelephonyHeadset), () => time);
  return { input, advance: (ms: number) => (time += ms), read: (byte: number) => input.read(5, reportData(byte)) };
}

describe('presses from a headset whose hook switch reports its state', () => {
  it('reads lifting and putting back the hook as presses, and a repeated state as nothing', () => {
    const { read } = airoha();
    expect(read(0x01)).toEqual(['offHook']);
    expect(read(0x01)).toEqual([]);
    expect(read(0x00)).toEqual(['onHook']);
  });

  it('takes the hook state the headset echoes after Dialtone lit off-hook for the echo it is', () => {
    const { input, read } = airoha();
    input.lightsSet({ ...lights, offHook: true });
    expect(read(0x01)).toEqual([]);
    input.lightsSet(lights);
    expect(read(0x00)).toEqual([]);
    expect(read(0x01)).toEqual(['offHook']);
  });

  it('reads a mute press on its rising edge only', () => {
    const { input, read } = airoha();
    input.lightsSet({ ...lights, offHook: true });
    expect(read(0x03)).toEqual(['mute']);
    expect(read(0x01)).toEqual([]);
    expect(read(0x03)).toEqual(['mute']);
  });

  it('ignores the mute the headset echoes right after Dialtone changed the mute light, not a press later', () => {
    const { input, read, advance } = airoha();
    input.lightsSet({ ...lights, offHook: true });
    input.lightsSet({ ...lights, offHook: true, mute: true });
    expect(read(0x03)).toEqual([]);
    expect(read(0x01)).toEqual([]);
    advance(muteEchoMs + 1);
    expect(read(0x03)).toEqual(['mute']);
  });
});

describe('presses from the Teams headset, whose hook switch reports presses', () => {
  it('reads each press of the hook button once, whatever the lights say', () => {
    const input = createHeadsetInput(readHeadsetMap(teamsHeadsetRelativeHook));
    input.lightsSet({ ...lights, offHook: true });
    expect(input.read(2, reportData(0x02))).toEqual(['hookButton']);
    expect(input.read(2, reportData(0x00))).toEqual([]);
    expect(input.read(2, reportData(0x02))).toEqual(['hookButton']);
    expect(input.read(2, reportData(0x04))).toEqual(['mute']);
  });
});
