import { describe, expect, it } from 'vitest';
import { startingCallSnapshot } from '../../shared/models/call';
import { incomingCallText } from './incoming-call-text';

const ringing = startingCallSnapshot({
  id: 'c1',
  direction: 'incoming',
  remoteUri: 'sip:+15125550123@pstn.example',
  remoteNumber: '+15125550123',
  remoteName: null,
  soundTest: null,
});

describe('the system notification of a ringing call', () => {
  it('names the caller, with the number under the name', () => {
    expect(incomingCallText({ ...ringing, remoteName: 'Ada' }, false)).toEqual({
      title: 'Incoming call from Ada',
      body: '+15125550123',
    });
  });

  it('says a click answers where the notification has no buttons', () => {
    expect(incomingCallText(ringing, false)).toEqual({
      title: 'Incoming call from +15125550123',
      body: 'Click to answer in Dialtone',
    });
    expect(incomingCallText(ringing, true).body).toBe('');
  });

  it('says "Verified number" only for a verified caller', () => {
    expect(incomingCallText({ ...ringing, remoteName: 'Ada', callerVerified: true }, true).body).toBe(
      '+15125550123\nVerified number',
    );
    expect(incomingCallText({ ...ringing, callerVerified: true }, false).body).toBe(
      'Click to answer in Dialtone\nVerified number',
    );
    expect(incomingCallText({ ...ringing, callerVerified: true }, true).body).toBe('Verified number');
  });
});
