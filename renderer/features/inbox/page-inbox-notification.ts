import type { EventPayload } from '../../../shared/contract/event-channels';
import type { InboxTarget } from '../../../shared/models/inbox';

/**
 * In the browser shell, a system notification for a new voicemail or message while Dialtone is not
 * in front; clicking it brings the page forward on that item. The desktop app's main process
 * raises these itself (inbox-notification.ts), so there the page never does.
 */
export function showPageInboxNotification(
  arrival: EventPayload<'inbox:arrived'>,
  open: (target: InboxTarget) => void,
): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  const notification = new Notification(arrival.title, { body: arrival.body });
  notification.onclick = () => {
    window.focus();
    open(arrival.target);
    notification.close();
  };
}
