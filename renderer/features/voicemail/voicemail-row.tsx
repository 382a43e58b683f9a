import { memo, useId } from 'react';
import type { Voicemail } from '../../../shared/models/voicemail';
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
  const playerId = useId();
  const who = callerOf(voicemail, country);
  const target = replyTarget(voicemail, country);
  const textTarget = textBackTarget(voicemail, country);
  const number = who.secondary ?? who.primary;
  const line = transcriptionLine(voicemail);
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
          aria-label={`Listen to the voicemail from ${who.primary}`}
          title={open ? 'Close the player' : 'Listen'}
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
              <span className="visually-hidden">, </span>
              {who.secondary}
            </span>
          )}
        </span>
        {!voicemail.played && (
          <span className="voicemail-row__new">
            <span className="visually-hidden">, </span>New
          </span>
        )}
        <span className="voicemail-row__when">
          <span className="visually-hidden">, </span>
          <time dateTime={new Date(voicemail.receivedAt).toISOString()}>{received}</time>
          <span className="visually-hidden">, </span>
          <span className="voicemail-row__duration">{describeDuration(voicemail.durationSeconds)}</span>
        </span>
        <div className="voicemail-row__actions">
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
          <button
            type="button"
            className="icon-button"
            disabled={textTarget === null}
            aria-label={`Text back ${who.primary}`}
            title={
              textTarget
                ? `Send a text message to ${number}`
                : target
                  ? 'Text messages go to phone numbers, not SIP addresses'
                  : 'The caller withheld their number'
            }
            onClick={() => textTarget && startConversation(textTarget)}
          >
            <TextBubbleIcon />
          </button>
          {voicemail.contactId === null && target !== null && (
            <button
              type="button"
              className="icon-button"
              aria-label={`Add ${number} to contacts`}
              title="Add to contacts"
              onClick={() => addToContacts(voicemail.from, number)}
            >
              <PersonPlusIcon />
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={`Mark the voicemail from ${who.primary} as ${voicemail.played ? 'new' : 'played'}`}
            title={voicemail.played ? 'Mark as new' : 'Mark as played'}
            onClick={() => void useVoicemailStore.getState().setPlayed(voicemail.id, !voicemail.played)}
          >
            {voicemail.played ? <MarkUnplayedIcon /> : <MarkPlayedIcon />}
          </button>
          <BlockCallerButton block={block} who={who.primary} variant="icon" />
          <button
            type="button"
            className="icon-button"
            aria-label={`Delete the voicemail from ${who.primary}…`}
            title="Delete"
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
