import { useEffect, useId } from 'react';
import { useIntl } from 'react-intl';
import { wordsText } from '../../i18n/words-text';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ProblemAlert } from '../wizard/problem-alert';
import { routingCheckText, routingSyncText } from './live-at-twilio-text';
import './live-at-twilio-status.css';

/**
 * What is live at Twilio: whether the saved greeting, countries and call handling reached the routing, with
 * Try again when they did not, and "Check with Twilio", run on opening and on demand. Shown in full once, in
 * Call handling; the other sections whose choices take the same path show `BriefLiveAtTwilioStatus`.
 */
export function LiveAtTwilioStatus() {
  const id = useId();
  const intl = useIntl();
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const sync = useSetupStore(selectors.routingSync);
  const check = useSetupStore(selectors.routingCheck);
  const sendRoutingAgain = useSetupStore((state) => state.sendRoutingAgain);
  const checkRouting = useSetupStore((state) => state.checkRouting);

  useEffect(() => {
    if (hasLine) void checkRouting();
  }, [hasLine, checkRouting]);

  if (!hasLine || !sync) return null;
  const sending = sync.status === 'sending';
  const checking = check?.status === 'checking';
  const differences = check?.status === 'done' ? check.differences : [];
  const offerTryAgain = sync.status === 'not-live' || (differences.length > 0 && !sending);

  return (
    <div className={`live-at-twilio live-at-twilio--${sync.status}`}>
      <p className="live-at-twilio__line" role="status">
        {routingSyncText(sync, intl)}
      </p>
      {sync.status === 'not-live' && <ProblemAlert problem={sync.problem} />}
      <p className="live-at-twilio__check" role="status" id={`${id}-check`}>
        {check ? routingCheckText(check, intl) : ''}
      </p>
      {differences.length > 0 && (
        <ul className="live-at-twilio__differences" aria-labelledby={`${id}-check`}>
          {differences.map((name) => (
            <li key={name.id}>{wordsText(name, intl)}</li>
          ))}
        </ul>
      )}
      <div className="live-at-twilio__actions">
        {offerTryAgain && (
          <button type="button" className="button" onClick={() => void sendRoutingAgain()}>
            {intl.formatMessage({ id: 'callHandling.tryAgain' })}
          </button>
        )}
        <button
          type="button"
          className="secondary-button"
          aria-disabled={checking || undefined}
          onClick={() => !checking && void checkRouting()}
        >
          {intl.formatMessage({ id: 'callHandling.checkWithTwilio' })}
        </button>
      </div>
    </div>
  );
}

/**
 * Beside a choice saved outside Call handling (the voicemail greeting, the allowed countries): a quiet line
 * while it is not live at Twilio, pointing to the one full status, so that a failure raises one alert.
 */
export function BriefLiveAtTwilioStatus() {
  const intl = useIntl();
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const sync = useSetupStore(selectors.routingSync);
  if (!hasLine || !sync || (sync.status !== 'sending' && sync.status !== 'not-live')) return null;
  const status = routingSyncText(sync, intl);
  return (
    <p className="live-at-twilio__brief">
      {sync.status === 'not-live' ? intl.formatMessage({ id: 'callHandling.briefNotLiveWhere' }, { status }) : status}
    </p>
  );
}
