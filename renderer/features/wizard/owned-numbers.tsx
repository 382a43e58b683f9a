import { useEffect, useId } from 'react';
import type { OwnedNumber } from '../../../shared/models/twilio-setup';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { capabilitiesText, formatPhoneNumber } from './number-text';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { WizardProgress } from './wizard-step';

function OwnedNumberRow({ number, busy }: { number: OwnedNumber; busy: boolean }) {
  const nameId = useId();
  const warningId = useId();
  const chooseNumber = useSetupStore((state) => state.chooseNumber);
  const shown = formatPhoneNumber(number.phoneNumber);
  const t = useT();
  return (
    <li className="wizard-number">
      <div className="wizard-number__about">
        <p className="wizard-number__name" id={nameId}>
          {shown}
          {number.friendlyName && number.friendlyName !== number.phoneNumber && number.friendlyName !== shown && (
            <span className="wizard-number__label">{t('wizard.ownedFriendlyName', { name: number.friendlyName })}</span>
          )}
        </p>
        <p className="wizard-number__detail">{capabilitiesText(number.capabilities, t)}</p>
        {number.voiceUrl && (
          <p className="wizard-number__warning" id={warningId}>
            {t('wizard.ownedVoiceUrl', { url: number.voiceUrl })}
          </p>
        )}
        {!number.capabilities.voice && <p className="wizard-number__warning">{t('wizard.ownedNoVoice')}</p>}
      </div>
      <button
        type="button"
        className="secondary-button wizard-button"
        aria-describedby={number.voiceUrl ? `${nameId} ${warningId}` : nameId}
        aria-disabled={busy || !number.capabilities.voice || undefined}
        onClick={() => !busy && number.capabilities.voice && void chooseNumber({ kind: 'adopt', sid: number.sid })}
      >
        {t('wizard.useThisNumber')}
      </button>
    </li>
  );
}

/** The numbers already on the Twilio account, each one a click away from being Dialtone's. */
export function OwnedNumbers({ onWantNew }: { onWantNew(): void }) {
  const owned = useSetupStore(selectors.owned);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const listOwnedNumbers = useSetupStore((state) => state.listOwnedNumbers);
  const t = useT();

  useEffect(() => {
    void listOwnedNumbers();
  }, [listOwnedNumbers]);

  return (
    <div className="wizard-numbers">
      <WizardProgress busy={owned.status === 'loading'} text={t('wizard.ownedLooking')} />
      {owned.problem && <ProblemAlert problem={owned.problem} />}
      <RequestErrorAlert message={owned.message} />
      {owned.status === 'done' && owned.items.length === 0 && (
        <div className="wizard-note">
          <p>{t('wizard.ownedNone')}</p>
          <button type="button" className="wizard-link-button" onClick={onWantNew}>
            {t('wizard.ownedGetNew')}
          </button>
        </div>
      )}
      {owned.items.length > 0 && (
        <ul className="wizard-number-list" aria-label={t('wizard.ownedListLabel')}>
          {owned.items.map((number) => (
            <OwnedNumberRow key={number.sid} number={number} busy={busy} />
          ))}
        </ul>
      )}
      <WizardProgress busy={pending === 'choose-number'} text={t('wizard.ownedSettingUp')} />
    </div>
  );
}
