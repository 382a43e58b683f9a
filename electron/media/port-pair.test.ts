import { describe, expect, it } from 'vitest';
import { createPortPair } from './port-pair';

describe('port pair', () => {
  it('delivers what one side sends to the other side only, with advancing timing', () => {
    const { near, far } = createPortPair('PCMA');
    const atFar: number[][] = [];
    const atNear: number[][] = [];
    far.onFrame((frame) => atFar.push([frame.payload[0]!, frame.sequence, frame.timestamp]));
    const stopNear = near.onFrame((frame) => atNear.push([frame.payload[0]!, frame.sequence]));
    near.send(Uint8Array.of(7, 7));
    near.send(Uint8Array.of(8, 8));
    far.send(Uint8Array.of(9));
    stopNear();
    far.send(Uint8Array.of(10));
    expect(atFar).toEqual([
      [7, 0, 0],
      [8, 1, 2],
    ]);
    expect(atNear).toEqual([[9, 0]]);
    expect(near.codec).toBe('PCMA');
  });
});
