import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { CallSnapshot } from '../../../shared/models/call';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { HangUpIcon, PhoneIcon } from '../../ui/icons';
import { VerifiedNumberMark } from '../../ui/verified-number-mark';
import { describeRemote } from '../call/call-text';
import { callShortcutLabel } from '../shell/nav-shortcuts';
import { textableNumber } from './decline-with-message';
import { DeclineWithMessageMenu } from './decline-with-message-menu';
import { NotificationPermissionPrompt } from './notification-permission-prompt';
import { useIncomingNotification } from './use-incoming-notification';

/** Focus moves into the banner when it rings (not onto Answer: a stray Enter must not answer) and back after. */
function useFocusWhileRinging() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const banner = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    banner?.focus();
    return () => {
      const focusLost = document.activeElement === document.body || banner?.contains(document.activeElement);
      if (focusLost && previous?.isConnected) previous.focus();
    };
  }, []);
  return ref;
}

/** One ringing call: who it is, Answer and Decline, and the shortcuts for both. */
export function IncomingBanner({ call }: { call: CallSnapshot }) {
  const t = useT();
  const titleId = useId();
  const detailId = useId();
  const ref = useFocusWhileRinging();
  const isMac = useAppInfoStore(appInfoSelectors.isMac);
  const country = useSettingsStore(countryOf);
  // During another call Ctrl+Shift+H hangs that one up, so it is offered for Decline only when alone.
  const inCall = useCallsStore((state) => selectors.current(state)?.onHold === false);
  const { answer, decline } = useCallsStore.getState();
  const remote = describeRemote(call, country);
  const callerNumber = textableNumber(call.remoteNumber);
  const title = t('incoming.title', { name: remote.primary });
  const answerKeys = callShortcutLabel('answer', isMac, t);
  const declineKeys = callShortcutLabel('hang-up', isMac, t);
  useIncomingNotification(call.id, title, remote.secondary ?? t('incoming.notificationBody'));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void decline(call.id);
  }

  return (
    <div
      ref={ref}
      className="incoming-banner"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={detailId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="incoming-banner__body">
        <span className="incoming-banner__icon" aria-hidden="true">
          <PhoneIcon />
        </span>
        <div className="incoming-banner__text">
          <p id={titleId} className="incoming-banner__title">
            {title}
          </p>
          <p id={detailId} className="incoming-banner__detail">
            {remote.secondary && (
              <span className="incoming-banner__number">
                {t('incoming.numberSentence', { number: remote.secondary })}
              </span>
            )}
            {call.callerVerified && (
              <>
                <VerifiedNumberMark />{' '}
              </>
            )}
            {inCall ? t('incoming.answeringHolds') : t('incoming.declineHint', { keys: declineKeys.text })}
          </p>
        </div>
        <div className="incoming-banner__actions">
          <button
            type="button"
            className="incoming-banner__answer"
            aria-keyshortcuts={answerKeys.aria}
            title={t('incoming.answerTitle', { keys: answerKeys.text })}
            onClick={() => void answer(call.id)}
          >
            <PhoneIcon />
            {t('incoming.answer')}
          </button>
          <button
            type="button"
            className="incoming-banner__decline"
            aria-keyshortcuts={inCall ? 'Escape' : `Escape ${declineKeys.aria}`}
            title={inCall ? t('incoming.declineTitleInCall') : t('incoming.declineTitle', { keys: declineKeys.text })}
            onClick={() => void decline(call.id)}
          >
            <HangUpIcon />
            {t('incoming.decline')}
          </button>
        </div>
      </div>
      {callerNumber && <DeclineWithMessageMenu callId={call.id} number={callerNumber} />}
      <NotificationPermissionPrompt />
    </div>
  );
}
