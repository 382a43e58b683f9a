import { useId } from 'react';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  const format = useFormat();

  return (
    <WizardStep step="welcome" heading={t('wizard.stepHeadingWelcome')} intro={t('wizard.welcomeIntro')}>
      <section className="wizard-panel" aria-labelledby={createsId}>
        <h2 id={createsId} className="wizard-panel__title">
          {t('wizard.welcomeCreatesTitle')}
        </h2>
        <ul className="wizard-list">
          <li>{t('wizard.welcomeCreatesNumber')}</li>
          <li>{t('wizard.welcomeCreatesDomain')}</li>
          <li>{t('wizard.welcomeCreatesFunctions')}</li>
        </ul>
      </section>
      <section className="wizard-panel" aria-labelledby={costsId}>
        <h2 id={costsId} className="wizard-panel__title">
          {t('wizard.welcomeCostsTitle')}
        </h2>
        <ul className="wizard-list">
          <li>{t('wizard.welcomeCostsNumber', { price: format.price(1.15, 'USD') })}</li>
          <li>
            {t('wizard.welcomeCostsCalls', {
              outgoing: format.price(0.014, 'USD'),
              incoming: format.price(0.0085, 'USD'),
              domain: format.price(0.004, 'USD'),
            })}
          </li>
          <li>{t('wizard.welcomeCostsFunctions', { invocations: format.number(10_000) })}</li>
          <li>{t('wizard.welcomeCostsVoicemail')}</li>
        </ul>
        <p className="wizard-note">{t('wizard.welcomeCostsNothingElse')}</p>
      </section>
      <RequestErrorAlert message={requestError} />
      <WizardProgress busy={pending === 'go-to'} text={t('wizard.opening')} />
      <div className="wizard-buttons wizard-buttons--paths">
        <button
          type="button"
          className="button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void goTo('credentials')}
        >
          {t('wizard.welcomeTwilio')}
        </button>
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onOtherServer()}
        >
          {t('wizard.welcomeOtherServer')}
        </button>
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onOffice()}
        >
          {t('wizard.welcomeOffice')}
        </button>
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onInvited()}
        >
          {t('wizard.welcomeInvited')}
        </button>
        <button
          type="button"
          className="secondary-button wizard-button wizard-button--quiet"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void dismiss()}
        >
          {t('wizard.welcomeNotNow')}
        </button>
      </div>
    </WizardStep>
  );
}
