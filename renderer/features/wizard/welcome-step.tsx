import { useId } from 'react';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { RequestErrorAlert } from './problem-alert';
import { WizardProgress, WizardStep } from './wizard-step';

/** The first screen: what a Twilio setup creates and costs, and the ways on (another server, an office PBX, an invitation, or not now). */
export function WelcomeStep({
  onOtherServer,
  onInvited,
  onOffice,
}: {
  onOtherServer(): void;
  onInvited(): void;
  onOffice(): void;
}) {
  const createsId = useId();
  const costsId = useId();
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const requestError = useSetupStore(selectors.requestError);
  const { goTo, dismiss } = useSetupStore.getState();

  return (
    <WizardStep
      step="welcome"
      heading="Welcome to Dialtone"
      intro="Dialtone turns your Twilio account into a phone line: a real phone number you call from and are called on, right here on this computer."
    >
      <section className="wizard-panel" aria-labelledby={createsId}>
        <h2 id={createsId} className="wizard-panel__title">
          What Dialtone creates on your Twilio account
        </h2>
        <ul className="wizard-list">
          <li>A phone number: one you already have there, or a new one you choose and confirm before buying.</li>
          <li>A SIP domain with a sign-in for this computer, so calls reach Dialtone.</li>
          <li>A Twilio Functions service that routes your calls and takes voicemail.</li>
        </ul>
      </section>
      <section className="wizard-panel" aria-labelledby={costsId}>
        <h2 id={costsId} className="wizard-panel__title">
          What it costs on Twilio
        </h2>
        <ul className="wizard-list">
          <li>
            The phone number: about US$1.15 a month for a US local number, more in other countries. The number step
            shows the exact price before anything is bought.
          </li>
          <li>
            Calls, at Twilio's per-minute rates. In the US about $0.014 a minute to call out and $0.0085 a minute to
            receive, plus about $0.004 a minute for the SIP domain.
          </li>
          <li>The Functions service, on Twilio's free tier (10,000 invocations a month).</li>
          <li>Voicemail recordings and transcriptions, billed per minute.</li>
        </ul>
        <p className="wizard-note">
          Nothing else. You can remove everything Dialtone created from Settings at any time.
        </p>
      </section>
      <RequestErrorAlert message={requestError} />
      <WizardProgress busy={pending === 'go-to'} text="Opening…" />
      <div className="wizard-buttons wizard-buttons--paths">
        <button
          type="button"
          className="button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void goTo('credentials')}
        >
          Set up with Twilio
        </button>
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onOtherServer()}
        >
          Connect to another SIP server
        </button>
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onOffice()}
        >
          Connect an office phone system (Asterisk, FreeSWITCH, BigBlueButton)
        </button>
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onInvited()}
        >
          I was invited
        </button>
        <button
          type="button"
          className="secondary-button wizard-button wizard-button--quiet"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void dismiss()}
        >
          Not now
        </button>
      </div>
    </WizardStep>
  );
}
