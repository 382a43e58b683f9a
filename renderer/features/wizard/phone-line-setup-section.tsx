import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
import { wordsText } from '../../i18n/words-text';
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
  const t = useT();
  const intl = useIntl();
  if (removal.status === 'failed') return <RequestErrorAlert message={removal.message} />;
  if (removal.status !== 'done') return null;
  const { removed, leftInPlace, problem } = removal.report;
  return (
    <div className="settings-field" role="status">
      <p className="settings-field__label">
        {removed.length > 0 ? t('wizard.removedFromTwilio') : t('wizard.removedNothing')}
      </p>
      {removed.length > 0 && (
        <ul className="wizard-list">
          {removed.map((item) => (
            <li key={JSON.stringify(item)}>{wordsText(item, intl)}</li>
          ))}
        </ul>
      )}
      {leftInPlace.length > 0 && (
        <>
          <p className="settings-field__label">{t('wizard.leftOnTwilio')}</p>
          <ul className="wizard-list">
            {leftInPlace.map((item) => (
              <li key={JSON.stringify(item)}>{wordsText(item, intl)}</li>
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
  const intl = useIntl();
  const t = useT();
  const summary = account && accountSummaryText(account, intl);

  function askToRemove() {
    clearRemoval();
    setConfirming(true);
  }

  return (
    <section className="phone-line-setup-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('wizard.setupHeading')}
      </h2>
      <div className="settings-card" ref={cardRef}>
        <div className="settings-field">
          <p className="settings-field__label">
            {account ? t('wizard.setupConnectedAccount') : t('wizard.setupNotSetUp')}
          </p>
          <p className="settings-field__hint">
            {summary === null
              ? t('wizard.setupPitch')
              : setup?.number
                ? t('wizard.setupSummaryWithNumber', { summary, number: formatPhoneNumber(setup.number.phoneNumber) })
                : summary}
          </p>
          {loadError ? (
            <p className="settings-field__hint">{t('wizard.setupUnavailable', { reason: loadError })}</p>
          ) : (
            <button
              type="button"
              className="button wizard-settings-button"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void openWizard()}
            >
              {t('wizard.setupStart')}
            </button>
          )}
          <RequestErrorAlert message={requestError} />
        </div>
        {setup?.number && <AllowedCountriesField showProblem />}
        {setup?.number && <BriefLiveAtTwilioStatus />}
        {account && (
          <div className="settings-field">
            <p className="settings-field__hint">{t('wizard.setupRemoveExplained')}</p>
            <button
              type="button"
              className="secondary-button secondary-button--danger wizard-settings-button"
              onClick={askToRemove}
            >
              {t('wizard.setupRemove')}
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
