import { useId, useRef, useState } from 'react';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { AllowedCountriesField } from './allowed-countries-field';
import { BriefLiveAtTwilioStatus } from '../call-handling/live-at-twilio-status';
import { formatPhoneNumber } from './number-text';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { RemoveFromTwilioDialog } from './remove-from-twilio-dialog';
import { accountSummaryText } from './setup-text';
import './wizard.css';
import './wizard-screens.css';

function RemovalOutcome() {
  const removal = useSetupStore(selectors.removal);
  if (removal.status === 'failed') return <RequestErrorAlert message={removal.message} />;
  if (removal.status !== 'done') return null;
  const { removed, leftInPlace, problem } = removal.report;
  return (
    <div className="settings-field" role="status">
      <p className="settings-field__label">
        {removed.length > 0 ? 'Removed from your Twilio account' : 'Nothing was removed from your Twilio account'}
      </p>
      {removed.length > 0 && (
        <ul className="wizard-list">
          {removed.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {leftInPlace.length > 0 && (
        <>
          <p className="settings-field__label">Left on your Twilio account</p>
          <ul className="wizard-list">
            {leftInPlace.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {problem && <ProblemAlert problem={problem} />}
    </div>
  );
}

/** Settings, Twilio: open the wizard again, or undo what it made on Twilio. */
export function PhoneLineSetupSection() {
  const headingId = useId();
  const cardRef = useRef<HTMLDivElement>(null);
  const setup = useSetupStore(selectors.setup);
  const loadError = useSetupStore(selectors.loadError);
  const busy = useSetupStore(selectors.busy);
  const requestError = useSetupStore(selectors.requestError);
  const { openWizard, clearRemoval } = useSetupStore.getState();
  const [confirming, setConfirming] = useState(false);
  const account = setup?.account ?? null;

  function askToRemove() {
    clearRemoval();
    setConfirming(true);
  }

  return (
    <section className="phone-line-setup-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Twilio
      </h2>
      <div className="settings-card" ref={cardRef}>
        <div className="settings-field">
          <p className="settings-field__label">{account ? 'Connected account' : 'Not set up'}</p>
          <p className="settings-field__hint">
            {account
              ? `${accountSummaryText(account)}${setup?.number ? ` · Number ${formatPhoneNumber(setup.number.phoneNumber)}` : ''}`
              : 'Turn your Twilio account into a phone line: a number, calls and voicemail, set up in a few steps.'}
          </p>
          {loadError ? (
            <p className="settings-field__hint">Setup is not available right now: {loadError}</p>
          ) : (
            <button
              type="button"
              className="button wizard-settings-button"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void openWizard()}
            >
              Set up a Twilio phone line
            </button>
          )}
          <RequestErrorAlert message={requestError} />
        </div>
        {setup?.number && <AllowedCountriesField showProblem />}
        {setup?.number && <BriefLiveAtTwilioStatus />}
        {account && (
          <div className="settings-field">
            <p className="settings-field__hint">
              Deletes the SIP domain, credentials and call routing Dialtone created on this Twilio account. Your number
              is released only if you ask.
            </p>
            <button
              type="button"
              className="secondary-button secondary-button--danger wizard-settings-button"
              onClick={askToRemove}
            >
              Remove Dialtone from this Twilio account
            </button>
          </div>
        )}
        <RemovalOutcome />
      </div>
      {confirming && (
        <RemoveFromTwilioDialog
          onClose={() => setConfirming(false)}
          fallbackFocus={() => cardRef.current?.querySelector<HTMLElement>('button') ?? null}
        />
      )}
    </section>
  );
}
