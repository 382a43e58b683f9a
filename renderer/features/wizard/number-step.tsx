import { useState } from 'react';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { formatPhoneNumber } from './number-text';
import { NumberSearch } from './number-search';
import { OwnedNumbers } from './owned-numbers';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { useRichT } from './use-rich-t';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

type Source = 'owned' | 'new';

const sourceOptions = (t: Translate): { value: Source; label: string }[] => [
  { value: 'owned', label: t('wizard.sourceOwned') },
  { value: 'new', label: t('wizard.sourceNew') },
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
  const t = useT();
  const richT = useRichT();

  return (
    <WizardStep step="number" heading={t('wizard.stepHeadingNumber')} intro={t('wizard.numberIntro')}>
      {chosen && (
        <div className="wizard-notice">
          <p>
            {richT(chosen.purchased ? 'wizard.numberChosenBought' : 'wizard.numberChosenOwned', {
              number: formatPhoneNumber(chosen.phoneNumber),
            })}
          </p>
        </div>
      )}
      <fieldset className="account-form__field account-form__choice">
        <legend className="account-form__label">{t('wizard.numberWhich')}</legend>
        <div className="settings-radios">
          {sourceOptions(t).map((option) => (
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
      <WizardProgress busy={pending === 'go-to'} text={t('wizard.opening')} />
      <WizardButtons onBack={() => void goTo('edge')} busy={busy}>
        {chosen && (
          <button
            type="button"
            className="button wizard-button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void goTo('provision')}
          >
            {t('wizard.continue')}
          </button>
        )}
      </WizardButtons>
    </WizardStep>
  );
}
