import { useEffect, useId, useRef } from 'react';
import type { TwilioAccountInfo } from '../../../shared/models/twilio-setup';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { accountSummaryText } from './setup-text';
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

  // The form that was just sent is gone: focus goes to what replaced it.
  useEffect(() => {
    if (document.activeElement === document.body) summaryRef.current?.focus();
  }, []);

  return (
    <div className="wizard-connected">
      <p ref={summaryRef} className="wizard-connected__summary" tabIndex={-1} data-testid="twilio-account">
        {accountSummaryText(account)}
      </p>
      {account.isTrial && (
        <div className="wizard-notice">
          <p>
            <strong>This is a trial account.</strong> Until you upgrade it in the Twilio Console, it can call only
            numbers you have verified there, every call starts with Twilio's trial message, and it can have one phone
            number.
          </p>
        </div>
      )}
      <section className="wizard-panel" aria-labelledby={keyHeadingId}>
        <h2 id={keyHeadingId} className="wizard-panel__title">
          How Dialtone signs in to Twilio
        </h2>
        {account.credential === 'api-key' ? (
          <p className="wizard-note">Dialtone signs in with its own API key.</p>
        ) : (
          <>
            <p className="wizard-note">
              Create a dedicated API key for Dialtone and forget the Auth Token. You can then revoke Dialtone's access
              in the Twilio Console without changing your Auth Token.
            </p>
            <button
              type="button"
              className="secondary-button wizard-button"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void createApiKey()}
            >
              Create an API key
            </button>
            <WizardProgress busy={pending === 'create-api-key'} text="Creating the API key…" />
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
        Connect a different Twilio account
      </button>
    </div>
  );
}
