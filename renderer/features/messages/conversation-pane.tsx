import { useId } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { useT } from '../../i18n/use-t';
import { recipientLengthLimit, selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { BlockCallerButton, BlockedMark } from '../call-handling/block-caller-button';
import { isBlockedNow } from '../call-handling/caller-block';
import { useCallerBlock } from '../call-handling/use-block-callers';
import { MessageComposer } from './message-composer';
import { MessageThread } from './message-thread';
import { remotePartyText } from './messages-text';

/** The number field and composer of a new message. */
export function NewConversation({ recipient }: { recipient: string }) {
  const t = useT();
  const id = useId();
  return (
    <div className="conversation-pane">
      <h2 className="conversation-pane__title">{t('messages.newMessage')}</h2>
      <div className="conversation-pane__recipient">
        <label htmlFor={id}>{t('messages.recipientLabel')}</label>
        <input
          id={id}
          type="tel"
          autoComplete="off"
          maxLength={recipientLengthLimit}
          autoFocus
          placeholder={t('messages.recipientPlaceholder')}
          value={recipient}
          onChange={(event) => useMessagesStore.getState().setNewRecipient(event.target.value)}
        />
      </div>
      <div className="conversation-pane__spacer" />
      <MessageComposer recipientName={recipient.trim() || t('messages.theNewNumber')} />
    </div>
  );
}

function Thread({ remoteNumber }: { remoteNumber: string }) {
  const t = useT();
  const conversation = useMessagesStore(selectors.openListing);
  const status = useMessagesStore(selectors.threadStatus);
  const error = useMessagesStore(selectors.threadError);
  const isEmpty = useMessagesStore((state) => state.thread.length === 0);
  const country = useSettingsStore(countryOf);
  const who = remotePartyText({ remoteNumber, contactName: conversation?.contactName ?? null }, country);
  const block = useCallerBlock(remoteNumber);

  return (
    <div className="conversation-pane">
      <div className="conversation-pane__header">
        <h2 className="conversation-pane__title">
          {who.name}
          {who.number && <span className="conversation-pane__number"> {who.number}</span>}
          {isBlockedNow(block) && <BlockedMark />}
        </h2>
        <BlockCallerButton block={block} who={who.name} variant="text" />
      </div>
      {error && (
        <p className="contacts-problem" role="alert">
          {error}
        </p>
      )}
      {status === 'ready' && isEmpty ? (
        <p className="conversation-pane__empty">{t('messages.noMessagesWith', { name: who.name })}</p>
      ) : status === 'loading' && isEmpty ? (
        <p className="conversation-pane__empty" role="status">
          {t('messages.loadingMessages')}
        </p>
      ) : (
        <MessageThread
          key={remoteNumber}
          label={t('messages.conversationWith', { name: who.name })}
          senderName={who.name}
        />
      )}
      <MessageComposer recipientName={who.name} />
    </div>
  );
}

/** The right-hand side: the open conversation and its composer, a new message, or a hint. */
export function ConversationPane() {
  const t = useT();
  const open = useMessagesStore(selectors.open);
  switch (open.kind) {
    case 'none':
      return (
        <div className="conversation-pane conversation-pane--idle">
          <p>{t('messages.idleHint')}</p>
        </div>
      );
    case 'new':
      return <NewConversation recipient={open.recipient} />;
    case 'thread':
      return <Thread remoteNumber={open.remoteNumber} />;
    default:
      return assertNever(open);
  }
}
