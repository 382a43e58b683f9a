import { memo } from 'react';
import { useIntl } from 'react-intl';
import type { Message } from '../../../shared/models/messages';
import { useT } from '../../i18n/use-t';
import { MessageAdvice } from './message-advice';
import { MessagePicture } from './message-picture';
import { bubbleTimeText, isNotDelivered, isoTime, statusText } from './messages-text';
import './message-bubble.css';

interface MessageBubbleProps {
  message: Message;
  /** Who sent an incoming message: the contact's name or the number. */
  senderName: string;
}

/** One text: incoming on the left, outgoing on the right, with its time, delivery state and, when it failed, why. */
export const MessageBubble = memo(function MessageBubble({ message, senderName }: MessageBubbleProps) {
  const t = useT();
  const intl = useIntl();
  const outgoing = message.direction === 'outgoing';
  const notDelivered = isNotDelivered(message);
  return (
    <div
      className={`message-bubble message-bubble--${message.direction}${notDelivered ? ' message-bubble--failed' : ''}`}
    >
      <div className="message-bubble__content">
        <span className="visually-hidden">
          {t('messages.speaker', { name: outgoing ? t('messages.you') : senderName })}
        </span>
        {message.body !== '' && <p className="message-bubble__text">{message.body}</p>}
        {message.media.map((media) => (
          <MessagePicture key={media.id} media={media} senderName={senderName} />
        ))}
      </div>
      <p className="message-bubble__meta">
        <time dateTime={isoTime(message.at)}>{bubbleTimeText(message.at, intl)}</time>
        {outgoing && (
          <span className="message-bubble__status">
            <span aria-hidden="true">{t('messages.metaSeparator')}</span>
            <span className="visually-hidden">{t('common.pause')}</span>
            {statusText(message.status, t)}
          </span>
        )}
      </p>
      {notDelivered && <MessageAdvice code={message.errorCode} />}
    </div>
  );
});
