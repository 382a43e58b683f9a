import { memo } from 'react';
import type { HistoryEntry } from '../../../shared/models/history';
import { useDialerStore } from '../../stores/dialer/dialer.store';
import { useHistoryStore } from '../../stores/history/history.store';
import { PersonPlusIcon, PhoneIcon, TextBubbleIcon, TrashIcon } from '../../ui/icons';
import { VerifiedNumberMark } from '../../ui/verified-number-mark';
import { BlockCallerButton, BlockedMark } from '../call-handling/block-caller-button';
import { isBlockedNow } from '../call-handling/caller-block';
import { useCallerBlock } from '../call-handling/use-block-callers';
import { addToContacts } from '../contacts/add-to-contacts';
import { startConversation } from '../messages/start-conversation';
import { CallRecordings } from './call-recordings';
import { DirectionIcon } from './history-icons';
import { callBackTarget, directionText, outcomeText, remotePartyOf } from './history-text';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

interface HistoryRowProps {
  entry: HistoryEntry;
  country: string;
  /** The row that is the list's Tab stop (roving focus). */
  tabStop: boolean;
}

/** One call: direction, who, when, how long or how it ended; Call back, Add to contacts, Block, Delete; its recordings. */
export const HistoryRow = memo(function HistoryRow({ entry, country, tabStop }: HistoryRowProps) {
  const who = remotePartyOf(entry, country);
  const target = callBackTarget(entry, country);
  const direction = directionText(entry);
  const outcome = outcomeText(entry, country);
  const number = who.secondary ?? who.primary;
  const time = timeFormat.format(entry.startedAt);
  const block = useCallerBlock(entry.remoteE164 ?? entry.remoteNumber);

  return (
    <li
      className={`history-row${entry.missed ? ' history-row--missed' : ''}`}
      data-history-row={entry.id}
      tabIndex={tabStop ? 0 : -1}
    >
      <span className="history-row__icon" title={direction}>
        <DirectionIcon entry={entry} />
        <span className="visually-hidden">{direction}, </span>
      </span>
      <span className="history-row__who">
        <span className="history-row__name">
          {who.primary}
          {isBlockedNow(block) && <BlockedMark />}
        </span>
        {who.secondary && (
          <span className="history-row__number">
            <span className="visually-hidden">, </span>
            {who.secondary}
          </span>
        )}
        {entry.callerVerified && (
          <span className="history-row__verified">
            <span className="visually-hidden">, </span>
            <VerifiedNumberMark />
          </span>
        )}
      </span>
      <span className="history-row__when">
        <span className="visually-hidden">, at </span>
        <time dateTime={new Date(entry.startedAt).toISOString()}>{time}</time>
        <span className="visually-hidden">, </span>
        <span className="history-row__outcome">{outcome}</span>
      </span>
      <span className="history-row__actions">
        <button
          type="button"
          className="icon-button icon-button--call"
          disabled={target === null}
          aria-label={`Call back ${who.primary}`}
          title={target ? `Call ${number}` : 'The caller withheld their number'}
          onClick={() => target && void useDialerStore.getState().callNow({ target, display: number })}
        >
          <PhoneIcon />
        </button>
        {entry.remoteE164 !== null && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Text ${who.primary}`}
            title={`Send a text message to ${number}`}
            onClick={() => startConversation(entry.remoteE164!)}
          >
            <TextBubbleIcon />
          </button>
        )}
        {entry.contactId === null && target !== null && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Add ${number} to contacts`}
            title="Add to contacts"
            onClick={() => addToContacts(entry.remoteE164 ?? entry.remoteNumber, number)}
          >
            <PersonPlusIcon />
          </button>
        )}
        <BlockCallerButton block={block} who={who.primary} variant="icon" />
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete this call with ${who.primary} from the history`}
          title="Delete from history"
          onClick={() => void useHistoryStore.getState().remove(entry.id)}
        >
          <TrashIcon />
        </button>
      </span>
      {entry.onTwilio && <CallRecordings entry={entry} who={who.primary} />}
    </li>
  );
});
