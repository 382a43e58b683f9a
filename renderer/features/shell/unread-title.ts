import { useEffect } from 'react';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors as historySelectors, useHistoryStore } from '../../stores/history/history.store';
import { selectors as messagesSelectors, useMessagesStore } from '../../stores/messages/messages.store';
import { selectors as voicemailSelectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';

/** "(3) Dialtone" while something is new: the total the tray counts too. */
export function unreadTitle(unread: number, t: Translate): string {
  if (unread <= 0) return t('shell.appName');
  return t('shell.titleWithUnread', { count: unread > 999 ? '999+' : String(unread) });
}

/** Keeps the window's title on the number of missed calls, voicemails and messages not seen yet. */
export function useUnreadTitle(): void {
  const t = useT();
  const missedCalls = useHistoryStore(historySelectors.missedUnseen);
  const voicemails = useVoicemailStore(voicemailSelectors.unplayed);
  const messages = useMessagesStore(messagesSelectors.unread);
  useEffect(() => {
    document.title = unreadTitle(missedCalls + voicemails + messages, t);
  }, [missedCalls, voicemails, messages, t]);
}
