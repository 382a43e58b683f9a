import { useId, useRef, useState } from 'react';
import type { AvailableNumber } from '../../../shared/models/twilio-setup';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore, type NumberList } from '../../stores/setup/setup.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import {
  addressRequirementText,
  buyDetails,
  buyQuestion,
  capabilitiesText,
  formatPhoneNumber,
  monthlyPriceText,
  placeText,
} from './number-text';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { accountConfirmClasses } from '../accounts/remove-account-dialog';

function ResultRow({ number, busy, onBuy }: { number: AvailableNumber; busy: boolean; onBuy(): void }) {
  const nameId = useId();
  const priceId = useId();
  const intl = useIntl();
  const t = useT();
  return (
    <li className="wizard-number">
      <div className="wizard-number__about">
        <p className="wizard-number__name" id={nameId}>
          {formatPhoneNumber(number.phoneNumber)}
        </p>
        <p className="wizard-number__detail">
          {t('wizard.resultDetail', {
            place: placeText(number, intl.locale),
            capabilities: capabilitiesText(number.capabilities, t),
          })}
        </p>
        <p className="wizard-number__detail">
          <span id={priceId} className="wizard-number__price">
            {monthlyPriceText(number, intl)}
          </span>
          {t('wizard.resultAddress', { requirement: addressRequirementText(number.addressRequirements, t) })}
        </p>
      </div>
      <button
        type="button"
        className="secondary-button wizard-button"
        aria-describedby={`${nameId} ${priceId}`}
        aria-disabled={busy || undefined}
        onClick={() => !busy && onBuy()}
      >
        {t('wizard.buyThisNumber')}
      </button>
    </li>
  );
}

/** Search results; buying one asks first, with the monthly price, and only then tells main to buy. */
export function NumberResults({ found }: { found: NumberList<AvailableNumber> }) {
  const listRef = useRef<HTMLUListElement>(null);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const chooseNumber = useSetupStore((state) => state.chooseNumber);
  const [buying, setBuying] = useState<AvailableNumber | null>(null);
  const intl = useIntl();
  const t = useT();

  async function buy(number: AvailableNumber) {
    const bought = await chooseNumber({ kind: 'buy', phoneNumber: number.phoneNumber, confirmPurchase: true });
    // On success the wizard moves on; on a problem the dialog closes and the step's alert says what happened.
    if (!bought) setBuying(null);
  }

  return (
    <>
      {found.problem && <ProblemAlert problem={found.problem} />}
      <RequestErrorAlert message={found.message} />
      {found.status === 'done' && found.items.length === 0 && (
        <p className="wizard-note" role="status">
          {t('wizard.resultsNone')}
        </p>
      )}
      {found.items.length > 0 && (
        <ul ref={listRef} className="wizard-number-list" aria-label={t('wizard.resultsLabel')}>
          {found.items.map((number) => (
            <ResultRow key={number.phoneNumber} number={number} busy={busy} onBuy={() => setBuying(number)} />
          ))}
        </ul>
      )}
      {buying && (
        <ConfirmDialog
          classes={{ ...accountConfirmClasses, confirm: 'button' }}
          title={buyQuestion(buying, intl)}
          message={buyDetails(buying, intl)}
          confirmLabel={t('wizard.buy')}
          busyLabel={t('wizard.buying')}
          busy={pending === 'choose-number'}
          onConfirm={() => void buy(buying)}
          onCancel={() => setBuying(null)}
          fallbackFocus={() => listRef.current?.querySelector<HTMLElement>('button') ?? null}
        />
      )}
    </>
  );
}
