import { memo, useId } from 'react';
import type { Voicemail } from '../../../shared/models/voicemail';
import { useT } from '../../i18n/use-t';
import { useDialerStore } from '../../stores/dialer/dialer.store';
import { useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { PersonPlusIcon, PhoneIcon, TextBubbleIcon, TrashIcon } from '../../ui/icons';
import { BlockCallerButton, BlockedMark } from '../call-handling/block-caller-button';
import { isBlockedNow } from '../call-handling/caller-block';
import { useCallerBlock } from '../call-handling/use-block-callers';
import { addToContacts } from '../contacts/add-to-contacts';
import { describeDuration } from '../history/history-text';
import { startConversation } from '../messages/start-conversation';
import { VoicemailPlayer } from './voicemail-player';
import { MarkPlayedIcon, MarkUnplayedIcon, PlayIcon } from './voicemail-icons';
import { callerOf, replyTarget, textBackTarget, transcriptionLine } from './voicemail-text';

interface VoicemailRowProps {
  voicemail: Voicemail;
  country: string;
  /** When it came, as "Today, 10:42". */
  received: string;
  /** This voicemail's player is open; autoPlay when Listen opened it. */
  open: { autoPlay: boolean } | null;
  onDelete(voicemail: Voicemail, caller: string): void;
}

/** One voicemail: who, when, how long, new or not, its transcription; Listen, Call back, Text back and the rest. */
export const VoicemailRow = memo(function VoicemailRow({
  voicemail,
  country,
  received,
  open,
  onDelete,
}: VoicemailRowProps) {
  const t = useT();
  const playerId = useId();
  const who = callerOf(voicemail, country);
  const target = replyTarget(voicemail, country);
  const textTarget = textBackTarget(voicemail, country);
  const number = who.secondary ?? who.primary;
  const line = transcriptionLine(voicemail, t);
  const block = useCallerBlock(voicemail.from);
  function toggleListen() {
    const store = useVoicemailStore.getState();
    if (open) store.close();
    else store.open(voicemail.id, { autoPlay: true });
  }

  const classes = ['voicemail-row', voicemail.played ? '' : 'voicemail-row--new', open ? 'voicemail-row--open' : ''];

  return (
    <li className={classes.filter(Boolean).join(' ')} data-voicemail-row={voicemail.id}>
      <div className="voicemail-row__summary">
        <button
          type="button"
          className="icon-button voicemail-row__listen"
          aria-expanded={open !== null}
          aria-controls={open ? playerId : undefined}
          aria-label={t('voicemail.listenLabel', { name: who.primary })}
          title={open ? t('voicemail.closePlayer') : t('voicemail.listen')}
          onClick={toggleListen}
        >
          <PlayIcon />
        </button>
        <span className="voicemail-row__who">
          <span className="voicemail-row__name">
            {who.primary}
            {isBlockedNow(block) && <BlockedMark />}
          </span>
          {who.secondary && (
            <span className="voicemail-row__number">
              <span className="visually-hidden">{t('common.pause')}</span>
              {who.secondary}
            </span>
          )}
        </span>
        {!voicemail.played && (
          <span className="voicemail-row__new">
            <span className="visually-hidden">{t('common.pause')}</span>
            {t('voicemail.newMark')}
          </span>
        )}
        <span className="voicemail-row__when">
          <span className="visually-hidden">{t('common.pause')}</span>
          <time dateTime={new Date(voicemail.receivedAt).toISOString()}>{received}</time>
          <span className="visually-hidden">{t('common.pause')}</span>
          <span className="voicemail-row__duration">{describeDuration(voicemail.durationSeconds)}</span>
        </span>
        <div className="voicemail-row__actions">
          <button
            type="button"
            className="icon-button icon-button--call"
            disabled={target === null}
            aria-label={t('voicemail.callBackLabel', { name: who.primary })}
            title={target ? t('voicemail.callNumber', { number }) : t('voicemail.numberWithheld')}
            onClick={() => target && void useDialerStore.getState().callNow({ target, display: number })}
          >
            <PhoneIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={textTarget === null}
            aria-label={t('voicemail.textBackLabel', { name: who.primary })}
            title={
              textTarget
                ? t('voicemail.textNumber', { number })
                : target
                  ? t('voicemail.textNotToSip')
                  : t('voicemail.numberWithheld')
            }
            onClick={() => textTarget && startConversation(textTarget)}
          >
            <TextBubbleIcon />
          </button>
          {voicemail.contactId === null && target !== null && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('voicemail.addToContactsLabel', { number })}
              title={t('voicemail.addToContacts')}
              onClick={() => addToContacts(voicemail.from, number)}
            >
              <PersonPlusIcon />
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t(voicemail.played ? 'voicemail.markNewLabel' : 'voicemail.markPlayedLabel', {
              name: who.primary,
            })}
            title={voicemail.played ? t('voicemail.markNew') : t('voicemail.markPlayed')}
            onClick={() => void useVoicemailStore.getState().setPlayed(voicemail.id, !voicemail.played)}
          >
            {voicemail.played ? <MarkUnplayedIcon /> : <MarkPlayedIcon />}
          </button>
          <BlockCallerButton block={block} who={who.primary} variant="icon" />
          <button
            type="button"
            className="icon-button"
            aria-label={t('voicemail.deleteLabel', { name: who.primary })}
            title={t('voicemail.delete')}
            onClick={() => onDelete(voicemail, who.primary)}
          >
            <TrashIcon />
          </button>
        </div>
      </div>
      <p className={`voicemail-row__transcription voicemail-row__transcription--${line.kind}`}>{line.text}</p>
      {open && <VoicemailPlayer id={playerId} voicemail={voicemail} caller={who.primary} autoPlay={open.autoPlay} />}
    </li>
  );
});
