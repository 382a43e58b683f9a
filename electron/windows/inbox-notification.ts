import { Notification } from 'electron';
import type { EventPayload } from '../../shared/contract/event-channels';
import type { EventBus } from '../services/event-bus';

/**
 * An OS notification for each new voicemail (quoting its transcription) or message. Clicking it
 * brings Dialtone forward on that voicemail or conversation (inbox:open to the renderer).
 */
export function notifyInboxArrivals(events: EventBus, show: () => void): () => void {
  // Held until clicked or closed: a notification nothing refers to can be collected, and its click lost.
  const shown = new Set<Notification>();
  const unsubscribe = events.subscribe((event, payload) => {
    if (event !== 'inbox:arrived' || !Notification.isSupported()) return;
    const arrival = payload as EventPayload<'inbox:arrived'>;
    const notification = new Notification({ title: arrival.title, body: arrival.body });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      show();
      events.emit('inbox:open', arrival.target);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  });
  return () => {
    unsubscribe();
    shown.clear();
  };
}
