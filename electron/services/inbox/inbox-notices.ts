import { inboxTextLimits } from '../../../shared/models/inbox';
import type { EventPayload } from '../../../shared/contract/event-channels';
import { readableText } from '../../../shared/readable-text';
import type { VoicemailRow } from '../../db/queries/voicemail-queries';
import type { IncomingRemoteMessage } from '../../db/queries/message-queries';
import type { ContactLookup } from './contact-lookup';

type Arrival = EventPayload<'inbox:arrived'>;

/** More than this many at once become one summary, not a stack of notifications. */
const singlyNotified = 3;
const firstWords = 120;

const who = (number: string, contactFor: ContactLookup) =>
  contactFor(number)?.name ?? (readableText(number, inboxTextLimits.remoteNumber) || 'Unknown caller');

export function voicemailArrivals(added: readonly VoicemailRow[], contactFor: ContactLookup): Arrival[] {
  if (added.length > singlyNotified) {
    const newest = added[0]!;
    return [
      {
        target: { kind: 'voicemail', id: newest.sid },
        title: `${added.length} new voicemails`,
        body: `The newest from ${who(newest.from, contactFor)}`,
      },
    ];
  }
  return added.map((voicemail) => ({
    target: { kind: 'voicemail', id: voicemail.sid },
    title: `Voicemail from ${who(voicemail.from, contactFor)}`,
    body:
      voicemail.transcriptionState === 'completed' && voicemail.transcriptionText
        ? readableText(voicemail.transcriptionText, firstWords)
        : `${Math.round(voicemail.durationSeconds)} s message`,
  }));
}

export function messageArrivals(found: readonly IncomingRemoteMessage[], contactFor: ContactLookup): Arrival[] {
  const received = [...found].sort((a, b) => a.at - b.at);
  if (received.length > singlyNotified) {
    const newest = received[received.length - 1]!;
    return [
      {
        target: { kind: 'conversation', remoteNumber: newest.remoteNumber },
        title: `${received.length} new messages`,
        body: `The newest from ${who(newest.remoteNumber, contactFor)}`,
      },
    ];
  }
  return received.map((message) => ({
    target: { kind: 'conversation', remoteNumber: message.remoteNumber },
    title: who(message.remoteNumber, contactFor),
    body: readableText(message.body, firstWords) || (message.mediaCount > 0 ? 'Picture' : 'New message'),
  }));
}
