import { Notification } from 'electron';
import { assertNever } from '../../shared/assert-never';
import type { DoNotDisturbOutcome } from '../services/setup/do-not-disturb-switch';

/** Where the press came from: the tray's checkbox shows the result itself, a shortcut shows nothing. */
export type DoNotDisturbSource = 'tray' | 'shortcut';

const stateText = (on: boolean) =>
  on ? 'Do not disturb is on: calls to your number do not ring Dialtone.' : 'Do not disturb is off.';

/** What the person is told after a press, or null when there is nothing to say. */
export function doNotDisturbNotice(
  outcome: DoNotDisturbOutcome,
  source: DoNotDisturbSource,
): { title: string; body: string } | null {
  switch (outcome.kind) {
    case 'switched':
      return source === 'shortcut' ? { title: stateText(outcome.on), body: '' } : null;
    case 'ignored':
      return null;
    case 'failed':
      return {
        title: `Do not disturb could not be turned ${outcome.on ? 'off' : 'on'}`,
        body: `${outcome.problem.message} ${outcome.problem.whatToDo} ${stateText(outcome.on)}`,
      };
    case 'not-live':
      return {
        title: `Do not disturb is ${outcome.on ? 'on' : 'off'} in Dialtone, but not yet at Twilio`,
        body: `${outcome.problem.message} To send it again, press Try again in Settings, Call handling.`,
      };
    default:
      return assertNever(outcome);
  }
}

export type DoNotDisturbNotice = NonNullable<ReturnType<typeof doNotDisturbNotice>>;

/**
 * An OS notification for what a press did (see doNotDisturbNotice); clicking it brings Dialtone
 * forward, where the setup and Settings say more. Where the system has no notifications, the
 * notice goes to `elsewhere` (main shows a message box).
 */
export function createDoNotDisturbNotifier(actions: {
  show: () => void;
  elsewhere: (notice: DoNotDisturbNotice) => void;
}) {
  // Held until clicked or closed: a notification nothing refers to can be collected, and its click lost.
  const shown = new Set<Notification>();
  return (outcome: DoNotDisturbOutcome, source: DoNotDisturbSource): void => {
    const notice = doNotDisturbNotice(outcome, source);
    if (notice === null) return;
    if (!Notification.isSupported()) return actions.elsewhere(notice);
    const notification = new Notification(notice);
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      actions.show();
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
}
