import { useEffect } from 'react';
import { selectors as historySelectors, useHistoryStore } from '../../stores/history/history.store';
import { selectors as messagesSelectors, useMessagesStore } from '../../stores/messages/messages.store';
import { selectors as voicemailSelectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';

const appTitle = 'Dialtone';

/** "(3) Dialtone" while something is new: the total the tray counts too. */
export function unreadTitle(unread: number): string {
  return unread > 0 ? `(${unread > 999 ? '999+' : unread}) ${appTitle}` : appTitle;
}

/** Keeps the window's title on the number of missed calls, voicemails and messages not seen yet. */
export function useUnreadTitle(): void {
  const missedCalls = useHistoryStore(historySelectors.missedUnseen);
  const voicemails = useVoicemailStore(voicemailSelectors.unplayed);
  const messages = useMessagesStore(messagesSelectors.unread);
  useEffect(() => {
    document.title = unreadTitle(missedCalls + voicemails + messages);
  }, [missedCalls, voicemails, messages]);
}
