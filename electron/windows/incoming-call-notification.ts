import { Notification } from 'electron';
import type { CallSnapshot } from '../../shared/models/call';
import type { AppLanguage } from '../../shared/models/language';
import type { EventBus } from '../services/event-bus';
import { incomingCallText } from './incoming-call-text';
import { incomingCallWords } from './shell-text/incoming-call-words';

export interface IncomingCallActions {
  answer(callId: string): void;
  decline(callId: string): void;
  show(): void;
}

/**
 * An OS notification for every ringing incoming call, with Answer and Decline where the OS offers
 * notification buttons (macOS); elsewhere clicking it brings Dialtone forward. It closes itself
 * when the call stops ringing. It speaks the language of the moment it shows.
 */
export function notifyIncomingCalls(
  events: EventBus,
  actions: IncomingCallActions,
  language: () => AppLanguage,
): () => void {
  const open = new Map<string, Notification>();
  const withButtons = process.platform === 'darwin';
  return events.subscribe((event, payload) => {
    if (event !== 'calls:state-changed' || !Notification.isSupported()) return;
    const call = payload as CallSnapshot;
    const ringing = call.direction === 'incoming' && call.state === 'ringing';
    if (!ringing) {
      open.get(call.id)?.close();
      open.delete(call.id);
      return;
    }
    if (open.has(call.id)) return;
    const shownIn = language();
    const words = incomingCallWords(shownIn);
    const notification = new Notification({
      ...incomingCallText(shownIn, call, withButtons),
      urgency: 'critical',
      timeoutType: 'never',
      actions: withButtons
        ? [
            { type: 'button', text: words.answer },
            { type: 'button', text: words.decline },
          ]
        : [],
    });
    notification.on('action', (_event, index) => (index === 0 ? actions.answer(call.id) : actions.decline(call.id)));
    notification.on('click', () => actions.show());
    notification.show();
    open.set(call.id, notification);
  });
}
