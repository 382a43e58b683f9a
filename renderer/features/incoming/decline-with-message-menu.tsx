import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { declineWithMessage, quickReplies } from './decline-with-message';

/** "Reply with a text": declines the call and texts the caller one of the quick replies, or opens Messages. */
export function DeclineWithMessageMenu({ callId, number }: { callId: string; number: string }) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="incoming-banner__reply">
      <button
        type="button"
        className="incoming-banner__small-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t('incoming.declineWithMessage')}
      </button>
      {open && (
        <ul id={listId} className="incoming-banner__replies" aria-label={t('incoming.declineAndSend')}>
          {quickReplies.map((reply) => (
            <li key={reply}>
              <button
                type="button"
                className="incoming-banner__reply-choice"
                onClick={() => void declineWithMessage(callId, number, t(reply))}
              >
                {t(reply)}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="incoming-banner__reply-choice"
              onClick={() => void declineWithMessage(callId, number, null)}
            >
              {t('incoming.writeMyOwn')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
