import { useId, useState } from 'react';
import { declineWithMessage, quickReplies } from './decline-with-message';

/** "Reply with a text": declines the call and texts the caller one of the quick replies, or opens Messages. */
export function DeclineWithMessageMenu({ callId, number }: { callId: string; number: string }) {
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
        Decline with a message
      </button>
      {open && (
        <ul id={listId} className="incoming-banner__replies" aria-label="Decline and send">
          {quickReplies.map((text) => (
            <li key={text}>
              <button
                type="button"
                className="incoming-banner__reply-choice"
                onClick={() => void declineWithMessage(callId, number, text)}
              >
                {text}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="incoming-banner__reply-choice"
              onClick={() => void declineWithMessage(callId, number, null)}
            >
              Write my own…
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
