import { describe, expect, it, vi } from 'vitest';
import type { CallSnapshot } from '../../shared/models/call';
import { startingCallSnapshot } from '../../shared/models/call';
import { FakeHidDevice } from './fake-hid-device-test-kit';
import { linkHeadset, type CallsForHeadset } from './headset-link';
import { airohaTelephonyHeadset } from './real-headsets-test-kit';

const incoming = (id: string): CallSnapshot =>
  startingCallSnapshot({
    id,
    direction: 'incoming',
    remoteUri: `sip:${id}@example.org`,
    remoteNumber: '',
    remoteName: null,
    soundTest: null,
  });

/** Calls that change as main would report them once a request is done. */
function fakeCalls() {
  let list: CallSnapshot[] = [];
  const listeners = new Set<() => void>();
  const change = (next: CallSnapshot[]) => {
    list = next;
    listeners.forEach((listener) => listener());
  };
  const update = (callId: string, patch: Partial<CallSnapshot>) =>
    change(list.map((call) => (call.id === callId ? { ...call, ...patch } : call)));
  const calls: CallsForHeadset = {
    calls: () => list,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: vi.fn(async (callId: string) => update(callId, { state: 'connected', answeredAt: 2 })),
    hangUp: vi.fn(async (callId: string) => change(list.filter((call) => call.id !== callId))),
    setMuted: vi.fn(async (callId: string, muted: boolean) => update(callId, { muted })),
  };
  return { calls, change, update, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a linked headset (the Airoha headset’s reports)', () => {
  it('rings, answers off the hook, mutes, and hangs up on the hook, with its lights following', async () => {
    const device = new FakeHidDevice('Test headset', airohaTelephonyHeadset);
    const { calls, change } = fakeCalls();
    const problems: unknown[] = [];
    linkHeadset(device, calls, (error) => problems.push(error));
    await settle();
    expect(device.sent).toEqual([{ reportId: 5, bytes: [0x00] }]);

    change([incoming('bob')]);
    await settle();
    expect(device.sent.at(-1)).toEqual({ reportId: 5, bytes: [0x04] });

    device.press(5, 0x01);
    await settle();
    expect(calls.answer).toHaveBeenCalledWith('bob');
    expect(device.sent.at(-1)).toEqual({ reportId: 5, bytes: [0x01] });
    // The headset's echo of the off-hook light is not a second press.
    device.press(5, 0x01);
    await settle();
    expect(calls.answer).toHaveBeenCalledTimes(1);

    device.press(5, 0x03);
    device.press(5, 0x01);
    await settle();
    expect(calls.setMuted).toHaveBeenCalledWith('bob', true);
    expect(device.sent.at(-1)).toEqual({ reportId: 5, bytes: [0x03] });

    device.press(5, 0x00);
    await settle();
    expect(calls.hangUp).toHaveBeenCalledWith('bob');
    expect(device.sent.at(-1)).toEqual({ reportId: 5, bytes: [0x00] });
    expect(problems).toEqual([]);
  });

  it('puts the lights back in step when a press has nothing to act on', async () => {
    const device = new FakeHidDevice('Test headset', airohaTelephonyHeadset);
    const { calls } = fakeCalls();
    linkHeadset(device, calls, () => undefined);
    await settle();
    device.press(5, 0x01);
    await settle();
    expect(calls.answer).not.toHaveBeenCalled();
    expect(device.sent).toEqual([
      { reportId: 5, bytes: [0x00] },
      { reportId: 5, bytes: [0x00] },
    ]);
  });

  it('reports a light that cannot be written, and stops listening once unlinked', async () => {
    const device = new FakeHidDevice('Test headset', airohaTelephonyHeadset);
    device.sendReport = async () => {
      throw new DOMException('Failed to write the report.', 'NotAllowedError');
    };
    const { calls, change, listeners } = fakeCalls();
    const problems: unknown[] = [];
    const unlink = linkHeadset(device, calls, (error) => problems.push(error));
    await settle();
    expect(problems).toEqual([expect.objectContaining({ message: 'Failed to write the report.' })]);

    unlink();
    expect(listeners.size).toBe(0);
    change([incoming('bob')]);
    device.press(5, 0x01);
    await settle();
    expect(calls.answer).not.toHaveBeenCalled();
  });
});
