import { useEffect } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { selectors, useCallPriceStore } from '../../stores/call-price/call-price.store';
import { selectors as registrationSelectors, useRegistrationStore } from '../../stores/registration/registration.store';
import type { RegistrationState } from '../../../shared/models/registration';

const lineOf = (registration: RegistrationState | null) =>
  registration && registration.status !== 'no-account' ? registration.accountId : null;

/** Under the number field: what a call to `number` (E.164, or null for nothing priceable) costs per minute. */
export function CallPriceLine({ number }: { number: string | null }) {
  const t = useT();
  const format = useFormat();
  const answer = useCallPriceStore(selectors.answer);
  const lineId = useRegistrationStore((state) => lineOf(registrationSelectors.registration(state)));
  useEffect(() => useCallPriceStore.getState().priceOf(number, lineId), [number, lineId]);

  let text: string | null = null;
  if (number !== null && answer !== null) {
    switch (answer.kind) {
      case 'priced':
        text = t('dialer.pricePerMinute', { price: format.price(answer.price.perMinute, answer.price.currency) });
        break;
      case 'unknown':
        text = t('dialer.priceUnknown');
        break;
      case 'unavailable':
        text = t('dialer.priceUnavailable');
        break;
      case 'none':
        break;
      default:
        assertNever(answer);
    }
  }
  return (
    <p className="dialer__price" aria-live="polite" data-testid="call-price">
      {text}
    </p>
  );
}
