import { describe, expect, it } from 'vitest';
import type { TranscriptionState } from '../../../shared/models/voicemail';
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

const withTranscription = (state: TranscriptionState, text: string | null, durationSeconds = 45) =>
  voicemailOf('RE1', { transcription: { state, text }, durationSeconds });

describe('a voicemail row’s words', () => {
  it('shows the transcription, or says plainly why there is none', () => {
    expect(transcriptionLine(withTranscription('completed', '  Call me back.  '))).toEqual({
      kind: 'words',
      text: 'Call me back.',
    });
    expect(transcriptionLine(withTranscription('completed', ' '))).toEqual({
      kind: 'note',
      text: 'No words were recognised in this message.',
    });
    expect(transcriptionLine(withTranscription('transcribing', null)).text).toBe('Transcribing…');
    expect(transcriptionLine(withTranscription('failed', null)).text).toBe('Twilio could not transcribe this message.');
    expect(transcriptionLine(withTranscription('none', null, 1)).text).toMatch(/shorter than 2 seconds/);
    expect(transcriptionLine(withTranscription('none', null, 2)).text).toBe('No transcription.');
    expect(transcriptionLine(withTranscription('none', null, 120)).text).toBe('No transcription.');
    expect(transcriptionLine(withTranscription('none', null, 121)).text).toMatch(/up to 2 minutes/);
  });

  it('writes the player’s clock and the slider’s spoken position', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(12.9)).toBe('0:12');
    expect(clockText(65)).toBe('1:05');
    expect(clockText(3723)).toBe('1:02:03');
    expect(clockText(Number.NaN)).toBe('0:00');
    expect(clockText(Number.POSITIVE_INFINITY)).toBe('0:00');
    expect(positionText(12, 45)).toBe('0:12 of 0:45');
  });

  it('says when it came against today', () => {
    const now = new Date(2025, 5, 4, 15, 0);
    expect(receivedText(new Date(2025, 5, 4, 9, 5).getTime(), now)).toMatch(/^Today, /);
    expect(receivedText(new Date(2025, 5, 3, 9, 5).getTime(), now)).toMatch(/^Yesterday, /);
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
