import { describe, expect, it } from 'vitest';
import type { TranscriptionState } from '../../../shared/models/voicemail';
import { intlFor } from '../../i18n/active-intl';
import { translatorFor } from '../../i18n/translate-test-kit';
import { voicemailOf } from '../../stores/voicemail/voicemail-test-kit';
import {
  callerOf,
  clockText,
  positionText,
  receivedText,
  replyTarget,
  textBackTarget,
  transcriptionLine,
} from './voicemail-text';

const t = translatorFor('en');
const withTranscription = (state: TranscriptionState, text: string | null, durationSeconds = 45) =>
  voicemailOf('RE1', { transcription: { state, text }, durationSeconds });

describe('a voicemail row’s words', () => {
  it('shows the transcription, or says plainly why there is none', () => {
    expect(transcriptionLine(withTranscription('completed', '  Call me back.  '), t)).toEqual({
      kind: 'words',
      text: 'Call me back.',
    });
    expect(transcriptionLine(withTranscription('completed', ' '), t)).toEqual({
      kind: 'note',
      text: 'No words were recognised in this message.',
    });
    expect(transcriptionLine(withTranscription('transcribing', null), t).text).toBe('Transcribing…');
    expect(transcriptionLine(withTranscription('failed', null), t).text).toBe(
      'Twilio could not transcribe this message.',
    );
    expect(transcriptionLine(withTranscription('none', null, 1), t).text).toMatch(/shorter than 2 seconds/);
    expect(transcriptionLine(withTranscription('none', null, 2), t).text).toBe('No transcription.');
    expect(transcriptionLine(withTranscription('none', null, 120), t).text).toBe('No transcription.');
    expect(transcriptionLine(withTranscription('none', null, 121), t).text).toMatch(/up to 2 minutes/);
    expect(transcriptionLine(withTranscription('failed', null), translatorFor('de')).text).toBe(
      'Twilio konnte diese Nachricht nicht transkribieren.',
    );
    expect(transcriptionLine(withTranscription('none', null, 1), translatorFor('fr')).text).toBe(
      'Pas de transcription : le message dure moins de 2 secondes.',
    );
  });

  it('writes the player’s clock and the slider’s spoken position', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(12.9)).toBe('0:12');
    expect(clockText(65)).toBe('1:05');
    expect(clockText(3723)).toBe('1:02:03');
    expect(clockText(Number.NaN)).toBe('0:00');
    expect(clockText(Number.POSITIVE_INFINITY)).toBe('0:00');
    expect(positionText(12, 45, t)).toBe('0:12 of 0:45');
    expect(positionText(12, 45, translatorFor('es'))).toBe('0:12 de 0:45');
  });

  it('says when it came against today', () => {
    const now = new Date(2025, 5, 4, 15, 0);
    const en = intlFor('en');
    expect(receivedText(new Date(2025, 5, 4, 9, 5).getTime(), now, en)).toBe('Today, 9:05 AM');
    expect(receivedText(new Date(2025, 5, 3, 18, 3).getTime(), now, en)).toBe('Yesterday, 6:03 PM');
    expect(receivedText(new Date(2025, 5, 2, 9, 5).getTime(), now, en)).toBe('Monday, June 2, 9:05 AM');
    expect(receivedText(new Date(2025, 5, 3, 18, 3).getTime(), now, intlFor('fr'))).toBe('Hier, 18:03');
  });

  it('names the caller like the history does, and has no one to call back when the number was withheld', () => {
    const known = voicemailOf('RE1', { from: '+442079460958', contactName: 'Carol', contactId: 'c1' });
    expect(callerOf(known, 'US')).toEqual({ primary: 'Carol', secondary: '+44 20 7946 0958' });
    expect(replyTarget(known, 'US')).toBe('+442079460958');
    const withheld = voicemailOf('RE2', { from: 'Anonymous' });
    expect(callerOf(withheld, 'US')).toEqual({ primary: 'Unknown caller', secondary: null });
    expect(replyTarget(withheld, 'US')).toBeNull();
  });

  it('texts back the checked phone number only: not a withheld number, not a SIP address', () => {
    expect(textBackTarget(voicemailOf('RE1', { from: '+442079460958' }), 'US')).toBe('+442079460958');
    expect(textBackTarget(voicemailOf('RE2', { from: '(512) 555-0101' }), 'US')).toBe('+15125550101');
    expect(textBackTarget(voicemailOf('RE3', { from: 'Anonymous' }), 'US')).toBeNull();
    const sip = voicemailOf('RE4', { from: 'sip:alice@example.com' });
    expect(replyTarget(sip, 'US')).toBe('sip:alice@example.com');
    expect(textBackTarget(sip, 'US')).toBeNull();
  });
});
