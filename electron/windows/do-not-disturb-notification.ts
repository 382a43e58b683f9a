import { Notification } from 'electron';
import { assertNever } from '../../shared/assert-never';
import type { AppLanguage } from '../../shared/models/language';
import type { DoNotDisturbOutcome } from '../services/setup/do-not-disturb-switch';
import { doNotDisturbText } from './shell-text/do-not-disturb-text';

/** Where the press came from: the tray's checkbox shows the result itself, a shortcut shows nothing. */
export type DoNotDisturbSource = 'tray' | 'shortcut';

/** What the person is told after a press, or null when there is nothing to say. */
export function doNotDisturbNotice(
  outcome: DoNotDisturbOutcome,
  source: DoNotDisturbSource,
  language: AppLanguage,
): { title: string; body: string } | null {
  const text = doNotDisturbText(language);
  switch (outcome.kind) {
    case 'switched':
      return source === 'shortcut' ? { title: text.state(outcome.on), body: '' } : null;
    case 'ignored':
      return null;
    case 'failed':
      return {
        title: text.failed(outcome.on),
        body: `${outcome.problem.message} ${outcome.problem.whatToDo} ${text.state(outcome.on)}`,
      };
    case 'not-live':
      return {
        title: text.notLive(outcome.on),
        body: `${outcome.problem.message} ${text.sendAgain}`,
      };
    default:
      return assertNever(outcome);
  }
}

export type DoNotDisturbNotice = NonNullable<ReturnType<typeof doNotDisturbNotice>>;

/**
 * An OS notification for what a press did (see doNotDisturbNotice); clicking it brings Dialtone
 * forward, where the setup and Settings say more. Where the system has no notifications, the
 * notice goes to `elsewhere` (main shows a message box). It speaks the language of the moment it shows.
 */
export function createDoNotDisturbNotifier(actions: {
  show: () => void;
  elsewhere: (notice: DoNotDisturbNotice) => void;
  language: () => AppLanguage;
}) {
  // Held until clicked or closed: a notification nothing refers to can be collected, and its click lost.
  const shown = new Set<Notification>();
  return (outcome: DoNotDisturbOutcome, source: DoNotDisturbSource): void => {
    const notice = doNotDisturbNotice(outcome, source, actions.language());
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
