import type { Conversation } from '../../../shared/models/messages';
import { selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { CountBadge } from '../../ui/count-badge';
import { isNotDelivered, listTimeText, remotePartyText, statusText, unreadText } from './messages-text';

function previewText({ lastMessage }: Conversation): string {
  if (lastMessage.direction === 'incoming') return lastMessage.preview;
  if (isNotDelivered(lastMessage)) return `${statusText(lastMessage.status)}: ${lastMessage.preview}`;
  return `You: ${lastMessage.preview}`;
}

interface ConversationRowProps {
  conversation: Conversation;
  country: string;
  now: Date;
  isOpen: boolean;
}

/** Who, when, the last words, and how many are unread (as words for screen readers); opens the thread. */
export function ConversationRow({ conversation, country, now, isOpen }: ConversationRowProps) {
  const who = remotePartyText(conversation, country);
  return (
    <li>
      <button
        type="button"
        className={`conversation-row${conversation.unread > 0 ? ' conversation-row--unread' : ''}`}
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => useMessagesStore.getState().openConversation(conversation.remoteNumber)}
      >
        <span className="conversation-row__name">{who.name}</span>
        <span className="conversation-row__time">
          <span className="visually-hidden">, </span>
          {listTimeText(conversation.lastMessage.at, now)}
        </span>
        <span className="conversation-row__preview">
          <span className="visually-hidden">, </span>
          {previewText(conversation)}
        </span>
        <CountBadge
          className="conversation-row__unread"
          count={conversation.unread}
          spoken={unreadText(conversation.unread)}
        />
      </button>
    </li>
  );
}

/** One row per remote number, newest message first, with its unread count. */
export function ConversationList({ labelledBy }: { labelledBy: string }) {
  const conversations = useMessagesStore(selectors.conversations);
  const open = useMessagesStore(selectors.open);
  const hasMore = useMessagesStore(selectors.hasMoreConversations);
  const loading = useMessagesStore(selectors.conversationsLoading);
  const country = useSettingsStore(countryOf);
  const now = new Date();
  const openNumber = open.kind === 'thread' ? open.remoteNumber : null;

  return (
    <>
      <ul className="conversation-list" aria-labelledby={labelledBy}>
        {conversations.map((conversation) => (
          <ConversationRow
            key={conversation.remoteNumber}
            conversation={conversation}
            country={country}
            now={now}
            isOpen={conversation.remoteNumber === openNumber}
          />
        ))}
      </ul>
      {hasMore && (
        <button
          type="button"
          className="secondary-button conversation-list__more"
          aria-disabled={loading || undefined}
          onClick={() => !loading && void useMessagesStore.getState().loadMoreConversations()}
        >
          {loading ? 'Loading…' : 'Show older conversations'}
        </button>
      )}
    </>
  );
}
