import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callSnapshotSchema } from '../../../shared/models/call';
import { dtmfFromInfo } from './dtmf-info';
import { isResponse } from './far-end-test-kit';
import { connectIncomingCall, connectOutgoingCall, startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';

describe('the key in a SIP INFO', () => {
  it('reads application/dtmf-relay as phones send it', () => {
    expect(dtmfFromInfo('application/dtmf-relay', 'Signal=5\r\nDuration=160\r\n')).toBe('5');
    expect(dtmfFromInfo('Application/DTMF-Relay; charset=utf-8', 'Duration=100\r\nsignal = #\r\n')).toBe('#');
    expect(dtmfFromInfo('application/dtmf-relay', 'Signal=*\r\n')).toBe('*');
  });

  it('reads application/dtmf, and event numbers 10 to 15 as * # A B C D', () => {
    expect(dtmfFromInfo('application/dtmf', '7')).toBe('7');
    expect(dtmfFromInfo('application/dtmf', '11\r\n')).toBe('#');
    expect(dtmfFromInfo('application/dtmf-relay', 'Signal=10\r\n')).toBe('*');
    expect(dtmfFromInfo('application/dtmf-relay', 'Signal=d\r\n')).toBe('D');
  });

  it('finds no key in other bodies, or in junk', () => {
    expect(dtmfFromInfo('application/media_control+xml', '<media_control/>')).toBeUndefined();
    expect(dtmfFromInfo(undefined, 'Signal=5')).toBeUndefined();
    expect(dtmfFromInfo('application/dtmf-relay', 'Duration=160')).toBeUndefined();
    expect(dtmfFromInfo('application/dtmf-relay', 'Signal=55')).toBeUndefined();
    expect(dtmfFromInfo('application/dtmf', 'x'.repeat(10_000))).toBeUndefined();
    expect(dtmfFromInfo('application/dtmf', '16')).toBeUndefined();
  });
});

describe('keys the other side sends by SIP INFO', () => {
  let lab: MemoryPhone;
  beforeEach(async () => {
    lab = await startMemoryPhone();
  });
  afterEach(() => lab.stop());

  it('show in the call, latest last, each INFO answered 200', async () => {
    const { call, dialog } = await connectOutgoingCall(lab);
    const changes: string[] = [];
    call.onChange((snapshot) => changes.push(snapshot.receivedDtmf));
    const sent = [
      dialog.request('INFO', [], 'Signal=1\r\nDuration=160\r\n', 'application/dtmf-relay'),
      dialog.request('INFO', [], '#', 'application/dtmf'),
      dialog.request('INFO', [], '<media_control/>', 'application/media_control+xml'),
    ];
    for (const info of sent) {
      const answer = await lab.far.next(
        (message) => message.status !== undefined && message.cseq.number === info.cseq.number,
      );
      expect(answer.status).toBe(200);
    }
    expect(call.state.receivedDtmf).toBe('1#');
    expect(changes).toEqual(['1', '1#']);
    expect(callSnapshotSchema.safeParse(call.state).success).toBe(true);
  });

  it('keep the latest 32 keys, within the contract', async () => {
    const { call, dialog } = await connectIncomingCall(lab);
    let last = 0;
    for (let key = 0; key < 40; key++) {
      last = dialog.request('INFO', [], `Signal=${key % 10}\r\n`, 'application/dtmf-relay').cseq.number;
    }
    await lab.far.next((message) => isResponse(200, 'INFO')(message) && message.cseq.number === last);
    expect(call.state.receivedDtmf).toBe('89012345678901234567890123456789');
    expect(callSnapshotSchema.safeParse(call.state).success).toBe(true);
  });
});
