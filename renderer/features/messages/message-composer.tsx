import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { messageSendLimit } from '../../../shared/models/message-limits';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { countSmsSegments, type SmsSegmentCount } from '../../../shared/messaging/sms-segments';
import { draftProblem, selectors, useMessagesStore, type SendStatus } from '../../stores/messages/messages.store';
import { MessageAdvice } from './message-advice';
import {
  encodingText,
  nextEncodingAnnouncement,
  overLimitText,
  segmentText,
  type EncodingAnnouncement,
} from './messages-text';
import './message-composer.css';

/** What to say when the encoding switches while typing. */
function useEncodingAnnouncement(count: SmsSegmentCount, t: Translate): string {
  const [said, setSaid] = useState<EncodingAnnouncement>({ encoding: count.encoding, text: '' });
  const next = nextEncodingAnnouncement(said, count, t);
  if (next !== said) setSaid(next);
  return next.text;
}

/** Why the last send did not go, with what to do; nothing while it has not failed. */
export function SendProblem({ status }: { status: SendStatus }) {
  const t = useT();
  if (status.status === 'failed') {
    return (
      <div className="message-composer__problem" role="alert">
        <p className="message-advice__title">{t('messages.notSent')}</p>
        <p>{status.message}</p>
        <p>{t('messages.textKept')}</p>
      </div>
    );
  }
  if (status.status === 'refused') {
    return (
      <div className="message-composer__problem" role="alert">
        <p className="visually-hidden">{t('messages.notSentSpoken')}</p>
        <MessageAdvice code={status.code} />
        <p>{t('messages.textKept')}</p>
      </div>
    );
  }
  return null;
}

/** How many parts the draft is sent as and the room left, or how far it is over the limit; and its encoding. */
export function ComposerCounter({ id, draft, count }: { id: string; draft: string; count: SmsSegmentCount }) {
  const t = useT();
  const overLimit = overLimitText(draft.length, t);
  const counter = overLimit ?? segmentText(count, t);
  const encoding = encodingText(count, t);
  return (
    <p id={id} className={`message-composer__counter${overLimit ? ' message-composer__counter--over' : ''}`}>
      {encoding ? t('messages.counterWithEncoding', { counter, encoding }) : counter}
    </p>
  );
}

/**
 * Where a text is written: Enter sends, Shift+Enter starts a new line. Counts the parts it will be
 * sent (and billed) as while typing, and says when a character switches it to Unicode.
 */
export function MessageComposer({ recipientName }: { recipientName: string }) {
  const t = useT();
  const id = useId();
  const counterId = useId();
  const open = useMessagesStore(selectors.open);
  const draft = useMessagesStore(selectors.draft);
  const sendStatus = useMessagesStore(selectors.sendStatus);
  const count = useMemo(() => countSmsSegments(draft), [draft]);
  const announcement = useEncodingAnnouncement(count, t);
  const sending = sendStatus.status === 'sending';
  const canSend = !sending && draftProblem(open, draft) === null;

  function send() {
    if (canSend) void useMessagesStore.getState().send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  }

  return (
    <form
      className="message-composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('messages.messageTo', { name: recipientName })}
      </label>
      <textarea
        id={id}
        className="message-composer__text"
        rows={3}
        value={draft}
        placeholder={t('messages.composerPlaceholder')}
        aria-describedby={counterId}
        aria-invalid={draft.length > messageSendLimit || undefined}
        onChange={(event) => useMessagesStore.getState().setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="message-composer__footer">
        <ComposerCounter id={counterId} draft={draft} count={count} />
        <button type="submit" className="button" disabled={!canSend}>
          {sending ? t('messages.sending') : t('messages.send')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <SendProblem status={sendStatus} />
    </form>
  );
}
