import { Notification } from 'electron';
import type { EventPayload } from '../../shared/contract/event-channels';
import type { EventBus } from '../services/event-bus';

/**
 * An OS notification for each new voicemail (quoting its transcription) or message. Clicking it
 * brings Dialtone forward on that voicemail or conversation (inbox:open to the renderer).
 */
export function notifyInboxArrivals(events: EventBus, show: () => void): () => void {
  return events.subscribe((event, payload) => {
    if (event !== 'inbox:arrived' || !Notification.isSupported()) return;
    const arrival = payload as EventPayload<'inbox:arrived'>;
    const notification = new Notification({ title: arrival.title, body: arrival.body });
    notification.on('click', () => {
      show();
      events.emit('inbox:open', arrival.target);
    });
    notification.show();
  });
}
