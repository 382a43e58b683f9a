import { useEffect, useId, useRef } from 'react';
import type { TwilioAccountInfo } from '../../../shared/models/twilio-setup';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { accountSummaryText } from './setup-text';
import { useRichT } from './use-rich-t';
import { WizardProgress } from './wizard-step';

/** The account Twilio confirmed, what a trial means, and the offer to sign in with an API key instead. */
export function ConnectedAccount({
  account,
  onChangeAccount,
}: {
  account: TwilioAccountInfo;
  onChangeAccount(): void;
}) {
  const keyHeadingId = useId();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const createApiKey = useSetupStore((state) => state.createApiKey);
  const intl = useIntl();
  const t = useT();
  const richT = useRichT();

  // The form that was just sent is gone: focus goes to what replaced it.
  useEffect(() => {
    if (document.activeElement === document.body) summaryRef.current?.focus();
  }, []);

  return (
    <div className="wizard-connected">
      <p ref={summaryRef} className="wizard-connected__summary" tabIndex={-1} data-testid="twilio-account">
        {accountSummaryText(account, intl)}
      </p>
      {account.isTrial && (
        <div className="wizard-notice">
          <p>{richT('wizard.trialNotice')}</p>
        </div>
      )}
      <section className="wizard-panel" aria-labelledby={keyHeadingId}>
        <h2 id={keyHeadingId} className="wizard-panel__title">
          {t('wizard.signInTitle')}
        </h2>
        {account.credential === 'api-key' ? (
          <p className="wizard-note">{t('wizard.signInApiKey')}</p>
        ) : (
          <>
            <p className="wizard-note">{t('wizard.signInAdvice')}</p>
            <button
              type="button"
              className="secondary-button wizard-button"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void createApiKey()}
            >
              {t('wizard.createApiKey')}
            </button>
            <WizardProgress busy={pending === 'create-api-key'} text={t('wizard.creatingApiKey')} />
          </>
        )}
      </section>
      {problem && <ProblemAlert problem={problem} />}
      <RequestErrorAlert message={requestError} />
      <button
        type="button"
        className="wizard-link-button"
        aria-disabled={busy || undefined}
        onClick={() => !busy && onChangeAccount()}
      >
        {t('wizard.connectDifferentAccount')}
      </button>
    </div>
  );
}
