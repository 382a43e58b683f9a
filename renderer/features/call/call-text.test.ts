import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { describeCallState, describeRecording, describeRemote, formatDuration, recordButtonTitle } from './call-text';

const call = (change: Partial<CallSnapshot> = {}): CallSnapshot => callSnapshot(change);

describe('recording on demand in words', () => {
  it('is heard while it starts, runs and stops, and not at all otherwise', () => {
    expect(['unavailable', 'off', 'starting', 'on', 'stopping'].map((s) => describeRecording(s as never))).toEqual([
      '',
      '',
      'starting the recording',
      'recording',
      'stopping the recording',
    ]);
  });

  it('tells on the button what pressing it does now', () => {
    expect(recordButtonTitle('off')).toMatch(/^Record this call/);
    expect(recordButtonTitle('on')).toBe('Stop recording this call');
    expect(recordButtonTitle('starting')).toMatch(/starting/);
  });
});

describe('describeCallState', () => {
  it('says what the call is doing', () => {
    expect(describeCallState(call())).toBe('Calling…');
    expect(describeCallState(call({ state: 'ringing' }))).toBe('Ringing…');
    expect(describeCallState(call({ state: 'ringing', direction: 'incoming' }))).toBe('Incoming call');
    expect(describeCallState(call({ state: 'connected' }))).toBe('Connected');
    expect(describeCallState(call({ state: 'connected', onHold: true, heldByRemote: true }))).toBe('On hold');
    expect(describeCallState(call({ state: 'connected', heldByRemote: true }))).toBe('Held by the other side');
  });

  it('says how the call ended', () => {
    expect(describeCallState(call({ state: 'ended', endReason: 'hung-up' }))).toBe('Call ended');
    expect(describeCallState(call({ state: 'ended', endReason: 'busy' }))).toBe('Call ended: The line is busy');
  });

  it('says whom a transferred call went to', () => {
    const transfer = { kind: 'blind', target: 'sip:carol@example.com', phase: 'ringing', failure: null } as const;
    expect(describeCallState(call({ state: 'ended', endReason: 'transferred', transfer }))).toBe(
      'Call ended: transferred to carol@example.com',
    );
    expect(describeCallState(call({ state: 'ended', endReason: 'transferred' }))).toBe(
      'Call ended: The call was transferred',
    );
  });
});

describe('describeRemote', () => {
  it('formats the number for the default country and puts a name first', () => {
    expect(describeRemote(call(), 'US')).toEqual({ primary: '(512) 555-0123', secondary: null });
    expect(describeRemote(call(), 'GB')).toEqual({ primary: '+1 512 555 0123', secondary: null });
    expect(describeRemote(call({ remoteName: 'Ada Lovelace' }), 'US')).toEqual({
      primary: 'Ada Lovelace',
      secondary: '(512) 555-0123',
    });
  });

  it('falls back to the SIP address, then to "Unknown caller"', () => {
    expect(
      describeRemote(call({ remoteNumber: '', remoteUri: 'sip:alice@example.com;transport=tls' }), 'US').primary,
    ).toBe('alice@example.com');
    expect(
      describeRemote(call({ remoteNumber: 'anonymous', remoteUri: 'sip:anonymous@anonymous.invalid' }), 'US'),
    ).toEqual({
      primary: 'Unknown caller',
      secondary: null,
    });
  });
});

describe('formatDuration', () => {
  it('counts minutes and seconds, hours when needed', () => {
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
