import { inboxTextLimits } from '../../../shared/models/inbox';
import type { AppLanguage } from '../../../shared/models/language';
import type { EventPayload } from '../../../shared/contract/event-channels';
import { readableText } from '../../../shared/readable-text';
import type { VoicemailRow } from '../../db/queries/voicemail-queries';
import type { IncomingRemoteMessage } from '../../db/queries/message-queries';
import type { ContactLookup } from './contact-lookup';
import { inboxNoticeText } from './inbox-notice-text';

type Arrival = EventPayload<'inbox:arrived'>;

/** More than this many at once become one summary, not a stack of notifications. */
const singlyNotified = 3;
const firstWords = 120;

/** A contact's name, else the number as it can be shown, else null. */
const who = (number: string, contactFor: ContactLookup) =>
  contactFor(number)?.name ?? (readableText(number, inboxTextLimits.remoteNumber) || null);

/** The notifications for new voicemail, in the language of the moment they are raised. */
export function voicemailArrivals(
  added: readonly VoicemailRow[],
  contactFor: ContactLookup,
  language: AppLanguage,
): Arrival[] {
  const text = inboxNoticeText(language);
  if (added.length > singlyNotified) {
    const newest = added[0]!;
    return [
      {
        target: { kind: 'voicemail', id: newest.sid },
        title: text.newVoicemails(added.length),
        body: text.newestFrom(who(newest.from, contactFor)),
      },
    ];
  }
  return added.map((voicemail) => ({
    target: { kind: 'voicemail', id: voicemail.sid },
    title: text.voicemailFrom(who(voicemail.from, contactFor)),
    body:
      voicemail.transcriptionState === 'completed' && voicemail.transcriptionText
        ? readableText(voicemail.transcriptionText, firstWords)
        : text.voicemailSeconds(Math.round(voicemail.durationSeconds)),
  }));
}

/** The notifications for new messages, in the language of the moment they are raised. */
export function messageArrivals(
  found: readonly IncomingRemoteMessage[],
  contactFor: ContactLookup,
  language: AppLanguage,
): Arrival[] {
  const text = inboxNoticeText(language);
  const received = [...found].sort((a, b) => a.at - b.at);
  if (received.length > singlyNotified) {
    const newest = received[received.length - 1]!;
    return [
      {
        target: { kind: 'conversation', remoteNumber: newest.remoteNumber },
        title: text.newMessages(received.length),
        body: text.newestFrom(who(newest.remoteNumber, contactFor)),
      },
    ];
  }
  return received.map((message) => ({
    target: { kind: 'conversation', remoteNumber: message.remoteNumber },
    title: who(message.remoteNumber, contactFor) ?? text.unknownCaller,
    body: readableText(message.body, firstWords) || (message.mediaCount > 0 ? text.picture : text.newMessage),
  }));
}
