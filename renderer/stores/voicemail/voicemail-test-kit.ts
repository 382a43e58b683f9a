import type { Voicemail } from '../../../shared/models/voicemail';

/** A voicemail as voicemail:list gives it: a 45 s message from a number with no contact, transcribed, not played. */
export function voicemailOf(id: string, change: Partial<Voicemail> = {}): Voicemail {
  return {
    id,
    from: '+15125550123',
    contactId: null,
    contactName: null,
    receivedAt: 1_700_000_000_000,
    durationSeconds: 45,
    played: false,
    transcription: { state: 'completed', text: 'Hi, it is Sam. Call me back about Friday.' },
    audioSaved: true,
    ...change,
  };
}
