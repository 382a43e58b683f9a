import { describe, expect, it } from 'vitest';
import { parseLinphoneLine } from './linphone-console';

// Lines as linphonec 5.1 printed them in the lab.
describe('parseLinphoneLine', () => {
  it('reads call progress, with or without a display name in the peer', () => {
    expect(parseLinphoneLine('Receiving new incoming call from "alice" <sip:alice@127.0.0.1>, assigned id 1')).toEqual({
      type: 'incoming',
      callId: 1,
      peer: '"alice" <sip:alice@127.0.0.1>',
    });
    expect(parseLinphoneLine('Establishing call id to sip:alice@127.0.0.1, assigned id 2')).toEqual({
      type: 'outgoing',
      callId: 2,
      peer: 'sip:alice@127.0.0.1',
    });
    expect(parseLinphoneLine('Call 2 to sip:alice@127.0.0.1 ringing.')).toMatchObject({ type: 'ringing', callId: 2 });
    expect(parseLinphoneLine('Call 2 to sip:alice@127.0.0.1 in progress.')).toMatchObject({ type: 'in-progress' });
    expect(parseLinphoneLine('Call 3 with sip:bob@127.0.0.1 early media.')).toMatchObject({ type: 'early-media' });
    expect(parseLinphoneLine('Call 1 with "alice" <sip:alice@127.0.0.1> connected.')).toMatchObject({
      type: 'connected',
      peer: '"alice" <sip:alice@127.0.0.1>',
    });
    expect(parseLinphoneLine('Media streams established with sip:alice@127.0.0.1 for call 2 (audio).')).toEqual({
      type: 'streams-running',
      callId: 2,
      peer: 'sip:alice@127.0.0.1',
    });
    expect(parseLinphoneLine('Call 4 with sip:bob@127.0.0.1 error.')).toMatchObject({ type: 'error', callId: 4 });
  });

  it('reads how a call ended, holds and received keys', () => {
    expect(parseLinphoneLine('Call 1 with sip:alice@127.0.0.1 ended (No error).')).toEqual({
      type: 'ended',
      callId: 1,
      peer: 'sip:alice@127.0.0.1',
      reason: 'No error',
    });
    expect(parseLinphoneLine('Call 2 with sip:alice@127.0.0.1 is now paused.')).toMatchObject({ type: 'paused' });
    expect(parseLinphoneLine('Call 2 has been paused by sip:alice@127.0.0.1.')).toMatchObject({
      type: 'paused-by-remote',
      peer: 'sip:alice@127.0.0.1',
    });
    expect(parseLinphoneLine('Receiving tone # from "alice" <sip:alice@127.0.0.1>')).toEqual({
      type: 'dtmf',
      key: '#',
      peer: '"alice" <sip:alice@127.0.0.1>',
    });
  });

  it('reads the registration state from "states proxies", and nothing from other lines', () => {
    expect(parseLinphoneLine('sip:bob@127.0.0.1                        | LinphoneRegistrationOk')).toEqual({
      type: 'registration',
      identity: 'sip:bob@127.0.0.1',
      state: 'Ok',
    });
    for (const line of [
      '',
      'Using wav files instead of soundcard.',
      '           Identity                      |      State',
      '-------auto answering to call-------',
      'Pausing call 2 with sip:alice@127.0.0.1.',
    ]) {
      expect(parseLinphoneLine(line)).toBeUndefined();
    }
  });
});
