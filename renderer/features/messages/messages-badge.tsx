import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { CountBadge } from '../../ui/count-badge';
import { unreadText } from './messages-text';

/** The count of text messages not read yet, on the Messages tab. */
export function MessagesBadge() {
  const t = useT();
  const count = useMessagesStore(selectors.unread);

  useEffect(() => {
    void useMessagesStore.getState().loadUnreadCount();
  }, []);

  return <CountBadge count={count} spoken={unreadText(count, t)} />;
}
