import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { useMessagesStore } from '../../stores/messages/messages.store';

interface BlockedConversationsLineProps {
  /** Conversations with blocked senders. */
  blocked: number;
  /** They are shown in the list now. */
  showing: boolean;
  loading: boolean;
}

/**
 * "2 conversations hidden from blocked numbers", with Show: a blocked sender's conversations are left out of
 * the list and the counts, and this brings them back into view (to read them, or to unblock a mistake).
 */
export function BlockedConversationsLine({ blocked, showing, loading }: BlockedConversationsLineProps) {
  const t = useT();
  const id = useId();
  if (blocked === 0) return null;

  return (
    <p className="blocked-conversations-line">
      <span id={id}>{t(showing ? 'messages.blockedShown' : 'messages.blockedHidden', { count: blocked })}</span>
      <button
        type="button"
        className="link-button"
        aria-describedby={id}
        aria-disabled={loading || undefined}
        onClick={() => !loading && void useMessagesStore.getState().setShowBlocked(!showing)}
      >
        {showing ? t('messages.hideBlocked') : t('messages.showBlocked')}
      </button>
    </p>
  );
}
