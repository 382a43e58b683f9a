import { useIntl } from 'react-intl';
import type { Conversation } from '../../../shared/models/messages';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { CountBadge } from '../../ui/count-badge';
import { blockedSendersOf, isBlockedSender } from '../../../shared/models/blocked-callers';
import { BlockedMark } from '../call-handling/block-caller-button';
import { useBlockedCallers } from '../call-handling/use-block-callers';
import { isNotDelivered, listTimeText, remotePartyText, statusText, unreadText } from './messages-text';

function previewText({ lastMessage }: Conversation, t: Translate): string {
  const preview = lastMessage.preview || (lastMessage.withMedia ? t('messages.previewPicture') : '');
  if (lastMessage.direction === 'incoming') return preview;
  if (isNotDelivered(lastMessage))
    return t('messages.previewWithStatus', { status: statusText(lastMessage.status, t), preview });
  return t('messages.previewYou', { preview });
}

interface ConversationRowProps {
  conversation: Conversation;
  country: string;
  now: Date;
  isOpen: boolean;
  /** From a blocked sender: shown only when the person asked to see those. */
  blocked?: boolean;
}

/** Who, when, the last words, and how many are unread (as words for screen readers); opens the thread. */
export function ConversationRow({ conversation, country, now, isOpen, blocked = false }: ConversationRowProps) {
  const t = useT();
  const intl = useIntl();
  const who = remotePartyText(conversation, country);
  return (
    <li>
      <button
        type="button"
        className={`conversation-row${conversation.unread > 0 ? ' conversation-row--unread' : ''}`}
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => useMessagesStore.getState().openConversation(conversation.remoteNumber)}
      >
        <span className="conversation-row__name">
          {who.name}
          {blocked && <BlockedMark />}
        </span>
        <span className="conversation-row__time">
          <span className="visually-hidden">{t('common.pause')}</span>
          {listTimeText(conversation.lastMessage.at, now, intl)}
        </span>
        <span className="conversation-row__preview">
          <span className="visually-hidden">{t('common.pause')}</span>
          {previewText(conversation, t)}
        </span>
        <CountBadge
          className="conversation-row__unread"
          count={conversation.unread}
          spoken={unreadText(conversation.unread, t)}
        />
      </button>
    </li>
  );
}

/** One row per remote number, newest message first, with its unread count. */
export function ConversationList({ labelledBy }: { labelledBy: string }) {
  const t = useT();
  const conversations = useMessagesStore(selectors.conversations);
  const open = useMessagesStore(selectors.open);
  const hasMore = useMessagesStore(selectors.hasMoreConversations);
  const loading = useMessagesStore(selectors.conversationsLoading);
  const country = useSettingsStore(countryOf);
  const blockedCallers = useBlockedCallers();
  // As main hides them: by number and prefix (shared/models/blocked-callers.ts).
  const senders = blockedSendersOf(blockedCallers.available ? blockedCallers.blocked : []);
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
            blocked={isBlockedSender(conversation.remoteNumber, senders)}
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
          {loading ? t('messages.loading') : t('messages.showOlderConversations')}
        </button>
      )}
    </>
  );
}
