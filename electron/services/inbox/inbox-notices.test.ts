import { describe, expect, it } from 'vitest';
import { appLanguages } from '../../../shared/models/language';
import type { IncomingRemoteMessage } from '../../db/queries/message-queries';
import type { VoicemailRow } from '../../db/queries/voicemail-queries';
import type { ContactLookup } from './contact-lookup';
import { inboxNoticeText } from './inbox-notice-text';
import { messageArrivals, voicemailArrivals } from './inbox-notices';

const ada = '+15125550123';
const contactFor: ContactLookup = (number) => (number === ada ? { contactId: 'c1', name: 'Ada' } : null);

const voicemail = (sid: string, from: string, transcription: string | null = null): VoicemailRow => ({
  sid,
  from,
  createdAt: 0,
  durationSeconds: 7.4,
  played: false,
  transcriptionState: transcription === null ? 'none' : 'completed',
  transcriptionText: transcription,
  audioFile: null,
  audioType: null,
  deletedOnTwilio: false,
});

const message = (sid: string, remoteNumber: string, body: string, mediaCount = 0): IncomingRemoteMessage => ({
  sid,
  remoteNumber,
  direction: 'incoming',
  body,
  at: Number(sid.slice(2)),
  status: 'received',
  errorCode: null,
  mediaCount,
});

const words = (arrivals: { title: string; body: string }[]) => arrivals.map(({ title, body }) => [title, body]);
const many = [1, 2, 3, 4].map((n) => voicemail(`RE${n}`, n === 1 ? ada : '+15125550199'));
const manyMessages = [1, 2, 3, 4].map((n) => message(`SM${n}`, n === 4 ? ada : '+15125550199', 'Hi'));

describe('voicemail and message notifications', () => {
  it('keep their English words', () => {
    expect(words(voicemailArrivals([voicemail('RE1', ada, 'Call me back')], contactFor, 'en'))).toEqual([
      ['Voicemail from Ada', 'Call me back'],
    ]);
    expect(words(voicemailArrivals([voicemail('RE1', '')], contactFor, 'en'))).toEqual([
      ['Voicemail from Unknown caller', '7 s message'],
    ]);
    expect(words(voicemailArrivals(many, contactFor, 'en'))).toEqual([['4 new voicemails', 'The newest from Ada']]);
    expect(words(messageArrivals([message('SM1', ada, ''), message('SM2', ada, '', 1)], contactFor, 'en'))).toEqual([
      ['Ada', 'New message'],
      ['Ada', 'Picture'],
    ]);
    expect(words(messageArrivals([message('SM3', '', 'Hi')], contactFor, 'en'))).toEqual([['Unknown caller', 'Hi']]);
    expect(words(voicemailArrivals([...many.slice(1), voicemail('RE0', '')].reverse(), contactFor, 'en'))).toEqual([
      ['4 new voicemails', 'The newest from Unknown caller'],
    ]);
    expect(words(messageArrivals(manyMessages, contactFor, 'en'))).toEqual([['4 new messages', 'The newest from Ada']]);
  });

  it('speak French, German and Spanish', () => {
    expect(words(voicemailArrivals([voicemail('RE1', '')], contactFor, 'fr'))).toEqual([
      ['Message vocal d’un appelant inconnu', 'Message de 7 s'],
    ]);
    expect(words(voicemailArrivals(many, contactFor, 'de'))).toEqual([
      ['4 neue Sprachnachrichten', 'Die neueste ist von Ada'],
    ]);
    expect(words(messageArrivals(manyMessages, contactFor, 'es'))).toEqual([
      ['4 mensajes nuevos', 'El más reciente es de Ada'],
    ]);
    expect(words(messageArrivals([message('SM2', ada, '', 1)], contactFor, 'fr'))).toEqual([['Ada', 'Photo']]);
    expect(words(messageArrivals([message('SM3', '', 'Hola')], contactFor, 'es'))).toEqual([
      ['Número desconocido', 'Hola'],
    ]);
  });

  it('never translate what came from the network', () => {
    const [arrival] = messageArrivals([message('SM1', ada, 'Hello, see you at 5')], contactFor, 'de');
    expect(arrival).toMatchObject({ title: 'Ada', body: 'Hello, see you at 5' });
  });

  it('have every word in every language', () => {
    for (const language of appLanguages) {
      const text = inboxNoticeText(language);
      const all = [
        text.unknownCaller,
        text.voicemailFrom('x'),
        text.voicemailFrom(null),
        text.newestFrom(null),
        text.voicemailSeconds(5),
        text.newVoicemails(4),
        text.newMessages(4),
        text.newestFrom('x'),
        text.picture,
        text.newMessage,
      ];
      expect(all.every((line) => line.trim().length > 0)).toBe(true);
    }
  });
});
