import { useId } from 'react';
import { assertNever } from '../../../shared/assert-never';
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
  const id = useId();
  return (
    <div className="conversation-pane">
      <h2 className="conversation-pane__title">New message</h2>
      <div className="conversation-pane__recipient">
        <label htmlFor={id}>To</label>
        <input
          id={id}
          type="tel"
          autoComplete="off"
          maxLength={recipientLengthLimit}
          autoFocus
          placeholder="Phone number, like +1 512 555 0100"
          value={recipient}
          onChange={(event) => useMessagesStore.getState().setNewRecipient(event.target.value)}
        />
      </div>
      <div className="conversation-pane__spacer" />
      <MessageComposer recipientName={recipient.trim() || 'the new number'} />
    </div>
  );
}

function Thread({ remoteNumber }: { remoteNumber: string }) {
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
        <p className="conversation-pane__empty">No messages with {who.name} yet. Write the first one below.</p>
      ) : status === 'loading' && isEmpty ? (
        <p className="conversation-pane__empty" role="status">
          Loading messages…
        </p>
      ) : (
        <MessageThread key={remoteNumber} label={`Conversation with ${who.name}`} senderName={who.name} />
      )}
      <MessageComposer recipientName={who.name} />
    </div>
  );
}

/** The right-hand side: the open conversation and its composer, a new message, or a hint. */
export function ConversationPane() {
  const open = useMessagesStore(selectors.open);
  switch (open.kind) {
    case 'none':
      return (
        <div className="conversation-pane conversation-pane--idle">
          <p>Choose a conversation to read it and reply, or start one with New message.</p>
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
