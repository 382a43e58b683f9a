import type { Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createVoicemailQueries, type NewVoicemail, type VoicemailQueries } from './voicemail-queries';

let db: Database;
let voicemails: VoicemailQueries;
beforeEach(() => {
  db = openDatabase(':memory:');
  voicemails = createVoicemailQueries(db);
});
afterEach(() => db.close());

const voicemail = (sid: string, overrides: Partial<NewVoicemail> = {}): NewVoicemail => ({
  sid,
  callSid: `CA${sid}`,
  from: '+15125550123',
  to: '+15125550100',
  createdAt: 1000,
  durationSeconds: 12,
  transcriptionState: 'transcribing',
  ...overrides,
});
const sids = () => voicemails.page(0, 50).map((row) => row.sid);

describe('voicemail queries', () => {
  it('stores a new voicemail unplayed, without audio, and reads it back', () => {
    expect(voicemails.insertIfNew(voicemail('RE1', { from: 'Anonymous' }))).toBe(true);
    expect(voicemails.get('RE1')).toEqual({
      sid: 'RE1',
      from: 'Anonymous',
      createdAt: 1000,
      durationSeconds: 12,
      played: false,
      transcriptionState: 'transcribing',
      transcriptionText: null,
      audioFile: null,
      audioType: null,
      deletedOnTwilio: false,
    });
    expect(voicemails.get('RE2')).toBeUndefined();
  });

  it('inserts a sid once: a sync that sees the same page again adds nothing and changes nothing', () => {
    expect(voicemails.insertIfNew(voicemail('RE1'))).toBe(true);
    voicemails.setPlayed('RE1', true);
    expect(voicemails.insertIfNew(voicemail('RE1', { durationSeconds: 99 }))).toBe(false);
    expect(voicemails.count()).toBe(1);
    expect(voicemails.get('RE1')).toMatchObject({ durationSeconds: 12, played: true });
  });

  it('keeps a removed voicemail removed when a later sync sees it again, and forgets its text and file', () => {
    voicemails.insertIfNew(voicemail('RE1', { createdAt: 5000 }));
    voicemails.insertIfNew(voicemail('RE2'));
    voicemails.setTranscription('RE1', { state: 'completed', text: 'call me back' });
    voicemails.setAudio('RE1', 'RE1.mp3', 'audio/mpeg');
    voicemails.remove('RE1');
    expect(voicemails.insertIfNew(voicemail('RE1', { createdAt: 5000 }))).toBe(false);
    expect(voicemails.get('RE1')).toBeUndefined();
    expect(sids()).toEqual(['RE2']);
    expect([voicemails.count(), voicemails.unplayed()]).toEqual([1, 1]);
    expect(voicemails.setTranscription('RE1', { state: 'completed', text: 'again' })).toBe(false);
    voicemails.setAudio('RE1', 'RE1.mp3', 'audio/mpeg');
    voicemails.setPlayed('RE1', false);
    expect(db.prepare("SELECT transcription_text, audio_file FROM voicemails WHERE sid = 'RE1'").get()).toEqual({
      transcription_text: null,
      audio_file: null,
    });
  });

  it('says whether a transcription changed', () => {
    voicemails.insertIfNew(voicemail('RE1'));
    expect(voicemails.setTranscription('RE1', { state: 'transcribing', text: null })).toBe(false);
    expect(voicemails.setTranscription('RE1', { state: 'completed', text: 'hello' })).toBe(true);
    expect(voicemails.setTranscription('RE1', { state: 'completed', text: 'hello' })).toBe(false);
    expect(voicemails.setTranscription('RE1', { state: 'completed', text: 'hello there' })).toBe(true);
    expect(voicemails.setTranscription('RE1', { state: 'failed', text: null })).toBe(true);
    expect(voicemails.setTranscription('RE9', { state: 'completed', text: 'x' })).toBe(false);
    expect(voicemails.get('RE1')).toMatchObject({ transcriptionState: 'failed', transcriptionText: null });
  });

  it('pages newest first and counts the unplayed', () => {
    voicemails.insertIfNew(voicemail('REb', { createdAt: 2000 }));
    voicemails.insertIfNew(voicemail('REa', { createdAt: 2000 }));
    voicemails.insertIfNew(voicemail('REc', { createdAt: 3000 }));
    voicemails.insertIfNew(voicemail('REd', { createdAt: 1000 }));
    expect(sids()).toEqual(['REc', 'REa', 'REb', 'REd']);
    expect(voicemails.page(1, 2).map((row) => row.sid)).toEqual(['REa', 'REb']);
    voicemails.setPlayed('REa', true);
    voicemails.setPlayed('REc', true);
    voicemails.setPlayed('REc', false);
    expect([voicemails.count(), voicemails.unplayed()]).toEqual([4, 3]);
  });

  it('lists the transcriptions still pending, oldest first, and the audio still to download, newest first', () => {
    voicemails.insertIfNew(voicemail('RE1', { createdAt: 1000 }));
    voicemails.insertIfNew(voicemail('RE2', { createdAt: 2000, transcriptionState: 'none' }));
    voicemails.insertIfNew(voicemail('RE3', { createdAt: 3000 }));
    voicemails.insertIfNew(voicemail('RE4', { createdAt: 4000 }));
    voicemails.setTranscription('RE3', { state: 'completed', text: 'hi' });
    voicemails.remove('RE4');
    expect(voicemails.pendingTranscriptions()).toEqual(['RE1']);

    voicemails.setAudio('RE1', 'RE1.wav', 'audio/wav');
    voicemails.markDeletedOnTwilio('RE2');
    expect(voicemails.withoutAudio(10)).toEqual(['RE3']);
    expect(voicemails.get('RE1')).toMatchObject({ audioFile: 'RE1.wav', audioType: 'audio/wav' });
    expect(voicemails.get('RE2')).toMatchObject({ deletedOnTwilio: true, audioFile: null });
    voicemails.insertIfNew(voicemail('RE5', { createdAt: 5000 }));
    expect(voicemails.withoutAudio(1)).toEqual(['RE5']);
  });

  it('lists what is saved here but still on Twilio, once its transcription has settled, oldest first', () => {
    const settled = { transcriptionState: 'none' } as const;
    voicemails.insertIfNew(voicemail('RE1', { createdAt: 1000, ...settled }));
    voicemails.insertIfNew(voicemail('RE2', { createdAt: 2000 }));
    voicemails.insertIfNew(voicemail('RE3', { createdAt: 3000, ...settled }));
    voicemails.insertIfNew(voicemail('RE4', { createdAt: 4000, ...settled }));
    voicemails.insertIfNew(voicemail('RE5', { createdAt: 5000, transcriptionState: 'completed' }));
    for (const sid of ['RE1', 'RE2', 'RE3', 'RE4', 'RE5']) voicemails.setAudio(sid, `${sid}.mp3`, 'audio/mpeg');
    voicemails.insertIfNew(voicemail('RE6', { createdAt: 6000 }));
    voicemails.markDeletedOnTwilio('RE3');
    voicemails.remove('RE4');
    expect(voicemails.savedStillOnTwilio(10)).toEqual(['RE1', 'RE5']);
    expect(voicemails.savedStillOnTwilio(1)).toEqual(['RE1']);
  });

  it('stores hostile text from the network as text', () => {
    const text = `'); DROP TABLE voicemails; --\u0000${'x'.repeat(20_000)}`;
    voicemails.insertIfNew(voicemail('RE1', { from: text }));
    voicemails.setTranscription('RE1', { state: 'completed', text });
    expect(voicemails.get('RE1')).toMatchObject({ from: text, transcriptionText: text });
  });
});
