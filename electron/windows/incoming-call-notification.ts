import { Notification } from 'electron';
import type { CallSnapshot } from '../../shared/models/call';
import type { EventBus } from '../services/event-bus';
import { incomingCallText } from './incoming-call-text';

export interface IncomingCallActions {
  answer(callId: string): void;
  decline(callId: string): void;
  show(): void;
}

/**
 * An OS notification for every ringing incoming call, with Answer and Decline where the OS offers
 * notification buttons (macOS); elsewhere clicking it brings Dialtone forward. It closes itself
 * when the call stops ringing.
 */
export function notifyIncomingCalls(events: EventBus, actions: IncomingCallActions): () => void {
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
    const notification = new Notification({
      ...incomingCallText(call, withButtons),
      urgency: 'critical',
      timeoutType: 'never',
      actions: withButtons
        ? [
            { type: 'button', text: 'Answer' },
            { type: 'button', text: 'Decline' },
          ]
        : [],
    });
    notification.on('action', (_event, index) => (index === 0 ? actions.answer(call.id) : actions.decline(call.id)));
    notification.on('click', () => actions.show());
    notification.show();
    open.set(call.id, notification);
  });
}
