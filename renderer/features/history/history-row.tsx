import { memo } from 'react';
import type { HistoryEntry } from '../../../shared/models/history';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { useDialerStore } from '../../stores/dialer/dialer.store';
import { useHistoryStore } from '../../stores/history/history.store';
import { PersonPlusIcon, PhoneIcon, TextBubbleIcon, TrashIcon } from '../../ui/icons';
import { VerifiedNumberMark } from '../../ui/verified-number-mark';
import { BlockCallerButton, BlockedMark } from '../call-handling/block-caller-button';
import { isBlockedNow } from '../call-handling/caller-block';
import { useCallerBlock } from '../call-handling/use-block-callers';
import { addToContacts } from '../contacts/add-to-contacts';
import { startConversation } from '../messages/start-conversation';
import { CallCost } from './call-cost';
import { CallRecordings } from './call-recordings';
import { DirectionIcon } from './history-icons';
import { callBackTarget, directionText, outcomeText, remotePartyOf } from './history-text';

interface HistoryRowProps {
  entry: HistoryEntry;
  country: string;
  /** The row that is the list's Tab stop (roving focus). */
  tabStop: boolean;
}

/** One call: direction, who, when, how long or how it ended; Call back, Add to contacts, Block, Delete; its recordings. */
export const HistoryRow = memo(function HistoryRow({ entry, country, tabStop }: HistoryRowProps) {
  const t = useT();
  const format = useFormat();
  const who = remotePartyOf(entry, country);
  const target = callBackTarget(entry, country);
  const direction = directionText(entry);
  const outcome = outcomeText(entry, country);
  const number = who.secondary ?? who.primary;
  const time = format.time(entry.startedAt);
  const block = useCallerBlock(entry.remoteE164 ?? entry.remoteNumber);

  return (
    <li
      className={`history-row${entry.missed ? ' history-row--missed' : ''}`}
      data-history-row={entry.id}
      tabIndex={tabStop ? 0 : -1}
    >
      <span className="history-row__icon" title={direction}>
        <DirectionIcon entry={entry} />
        <span className="visually-hidden">
          {direction}
          {t('history.spokenSeparator')}
        </span>
      </span>
      <span className="history-row__who">
        <span className="history-row__name">
          {who.primary}
          {isBlockedNow(block) && <BlockedMark />}
        </span>
        {who.secondary && (
          <span className="history-row__number">
            <span className="visually-hidden">{t('history.spokenSeparator')}</span>
            {who.secondary}
          </span>
        )}
        {entry.callerVerified && (
          <span className="history-row__verified">
            <span className="visually-hidden">{t('history.spokenSeparator')}</span>
            <VerifiedNumberMark />
          </span>
        )}
      </span>
      <span className="history-row__when">
        <span className="visually-hidden">{t('history.atSpoken')}</span>
        <time dateTime={new Date(entry.startedAt).toISOString()}>{time}</time>
        <span className="visually-hidden">{t('history.spokenSeparator')}</span>
        <span className="history-row__outcome">{outcome}</span>
        {entry.onTwilio && <CallCost entry={entry} />}
      </span>
      <span className="history-row__actions">
        <button
          type="button"
          className="icon-button icon-button--call"
          disabled={target === null}
          aria-label={t('history.callBack', { name: who.primary })}
          title={target ? t('history.callNumber', { number }) : t('history.withheld')}
          onClick={() => target && void useDialerStore.getState().callNow({ target, display: number })}
        >
          <PhoneIcon />
        </button>
        {entry.remoteE164 !== null && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('history.textName', { name: who.primary })}
            title={t('history.textTitle', { number })}
            onClick={() => startConversation(entry.remoteE164!)}
          >
            <TextBubbleIcon />
          </button>
        )}
        {entry.contactId === null && target !== null && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('history.addToContactsLabel', { number })}
            title={t('history.addToContactsTitle')}
            onClick={() => addToContacts(entry.remoteE164 ?? entry.remoteNumber, number)}
          >
            <PersonPlusIcon />
          </button>
        )}
        <BlockCallerButton block={block} who={who.primary} variant="icon" />
        <button
          type="button"
          className="icon-button"
          aria-label={t('history.deleteLabel', { name: who.primary })}
          title={t('history.deleteTitle')}
          onClick={() => void useHistoryStore.getState().remove(entry.id)}
        >
          <TrashIcon />
        </button>
      </span>
      {entry.onTwilio && <CallRecordings entry={entry} who={who.primary} />}
    </li>
  );
});
