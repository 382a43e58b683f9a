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
    expect(incomingCallText('en', { ...ringing, remoteName: 'Ada' }, false)).toEqual({
      title: 'Incoming call from Ada',
      body: '+15125550123',
    });
  });

  it('says a click answers where the notification has no buttons', () => {
    expect(incomingCallText('en', ringing, false)).toEqual({
      title: 'Incoming call from +15125550123',
      body: 'Click to answer in Dialtone',
    });
    expect(incomingCallText('en', ringing, true).body).toBe('');
  });

  it('says "Verified number" only for a verified caller', () => {
    expect(incomingCallText('en', { ...ringing, remoteName: 'Ada', callerVerified: true }, true).body).toBe(
      '+15125550123\nVerified number',
    );
    expect(incomingCallText('en', { ...ringing, callerVerified: true }, false).body).toBe(
      'Click to answer in Dialtone\nVerified number',
    );
    expect(incomingCallText('en', { ...ringing, callerVerified: true }, true).body).toBe('Verified number');
  });
});

describe('the ringing call’s notification in other languages', () => {
  it('names the caller and says a click answers, in the language', () => {
    expect(incomingCallText('fr', ringing, false)).toEqual({
      title: 'Appel entrant de +15125550123',
      body: 'Cliquez pour répondre dans Dialtone',
    });
    expect(incomingCallText('de', { ...ringing, remoteName: 'Ada', callerVerified: true }, true)).toEqual({
      title: 'Eingehender Anruf von Ada',
      body: '+15125550123\nVerifizierte Nummer',
    });
    expect(incomingCallText('es', { ...ringing, callerVerified: true }, false).body).toBe(
      'Haz clic para contestar en Dialtone\nNúmero verificado',
    );
  });

  it('leaves the caller’s name from the network as it came', () => {
    const name = '<b>Appel</b> {x}';
    expect(incomingCallText('fr', { ...ringing, remoteName: name }, true).title).toBe(`Appel entrant de ${name}`);
  });
});
