import { useT } from '../../i18n/use-t';
import type { Listen } from './use-listen';

interface ListenButtonProps {
  listen: Listen;
  /** What it plays, for its accessible name: "the after-hours greeting". */
  what: string;
  text: string;
  /** The id of the note that says what Listen plays (and why it cannot, when it cannot). */
  noteId: string;
}

/** Plays `text` on this computer; while it plays, stops it. */
export function ListenButton({ listen, what, text, noteId }: ListenButtonProps) {
  const t = useT();
  const playing = listen.speaking === what;
  const unavailable = listen.unavailable !== null || text.trim() === '';
  return (
    <button
      type="button"
      className="secondary-button"
      aria-label={t(playing ? 'callHandling.stopWhat' : 'callHandling.listenTo', { what })}
      aria-disabled={unavailable || undefined}
      aria-describedby={noteId}
      onClick={() => {
        if (playing) listen.stop();
        else if (!unavailable) listen.speak(what, text);
      }}
    >
      {t(playing ? 'callHandling.stop' : 'callHandling.listen')}
    </button>
  );
}

/** Says that Listen is the computer's voice, not the caller's, or why it cannot play. */
export function ListenNote({ listen, voice, id }: { listen: Listen; voice: string; id: string }) {
  const t = useT();
  const note = t('callHandling.listenNote', { voice });
  return (
    <p className="settings-field__hint listen-note" id={id}>
      {listen.unavailable ? [note, listen.unavailable].join(' ') : note}
    </p>
  );
}
