import { useState } from 'react';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { formatPhoneNumber } from './number-text';
import { NumberSearch } from './number-search';
import { OwnedNumbers } from './owned-numbers';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

type Source = 'owned' | 'new';

const sourceOptions: { value: Source; label: string }[] = [
  { value: 'owned', label: 'Use a number you already have' },
  { value: 'new', label: 'Get a new number' },
];

/** Step 4: a number already on the Twilio account, or a new one bought after a confirmation. */
export function NumberStep() {
  const setup = useSetupStore(selectors.setup);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const goTo = useSetupStore((state) => state.goTo);
  const [source, setSource] = useState<Source>('owned');
  const chosen = setup?.number ?? null;

  return (
    <WizardStep
      step="number"
      heading="Choose your phone number"
      intro="The number people see when you call them, and the one they call to reach you here."
    >
      {chosen && (
        <div className="wizard-notice">
          <p>
            Your number is <strong>{formatPhoneNumber(chosen.phoneNumber)}</strong>
            {chosen.purchased ? ', bought for Dialtone.' : ', from your Twilio account.'} Continue with it, or choose
            another below.
          </p>
        </div>
      )}
      <fieldset className="account-form__field account-form__choice">
        <legend className="account-form__label">Which number</legend>
        <div className="settings-radios">
          {sourceOptions.map((option) => (
            <label key={option.value} className="settings-radio">
              <input
                type="radio"
                name="number-source"
                value={option.value}
                checked={source === option.value}
                onChange={() => setSource(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {source === 'owned' ? <OwnedNumbers onWantNew={() => setSource('new')} /> : <NumberSearch />}
      {problem && <ProblemAlert problem={problem} />}
      <RequestErrorAlert message={requestError} />
      <WizardProgress busy={pending === 'go-to'} text="Opening…" />
      <WizardButtons onBack={() => void goTo('edge')} busy={busy}>
        {chosen && (
          <button
            type="button"
            className="button wizard-button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void goTo('provision')}
          >
            Continue
          </button>
        )}
      </WizardButtons>
    </WizardStep>
  );
}
