import type { InboxService } from '../services/inbox/inbox-service';
import type { InvokeHandlers } from './contract-router';

type InboxChannels = Extract<keyof InvokeHandlers, `voicemail:${string}` | `messages:${string}` | `inbox:${string}`>;

export function inboxHandlers(inbox: InboxService): Pick<InvokeHandlers, InboxChannels> {
  const { voicemail, messages } = inbox;
  return {
    'voicemail:list': ({ offset, limit }) => voicemail.list(offset, limit),
    'voicemail:get-audio': ({ id }) => voicemail.audio(id),
    'voicemail:set-played': ({ id, played }) => (voicemail.setPlayed(id, played), null),
    'voicemail:remove': async ({ id }) => (await voicemail.remove(id), null),
    'messages:list-conversations': ({ offset, limit, includeBlocked }) =>
      messages.conversations(offset, limit, includeBlocked),
    'messages:thread': ({ remoteNumber, before, limit }) => messages.thread(remoteNumber, before, limit),
    'messages:send': ({ to, body }) => messages.send(to, body),
    'messages:mark-read': ({ remoteNumber }) => (messages.markRead(remoteNumber), null),
    'messages:get-media': ({ id }) => messages.media(id),
    'inbox:search': ({ query, limit }) => inbox.search(query, limit),
    'inbox:get-status': () => inbox.status(),
    'inbox:sync-now': () => inbox.syncNow(),
  };
}
