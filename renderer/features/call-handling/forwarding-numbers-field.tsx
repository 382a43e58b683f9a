import { useId, useState, type FormEvent } from 'react';
import { forwardingNumbersLimit } from '../../../shared/models/call-handling-names';
import { formatPhoneForDisplay, type E164Number } from '../../../shared/phone/phone-number';
import { useT } from '../../i18n/use-t';
import { useSetupStore } from '../../stores/setup/setup.store';
import { toForwardingNumber } from './forwarding-number';

interface ForwardingNumbersFieldProps {
  numbers: readonly string[];
  busy: boolean;
  /** The country numbers are read in when typed without a country code. */
  country: string;
  /** The Dialtone number itself, which is no place to forward to. */
  ownNumber: string | null;
  /** A problem to show by the field until the person types (forwarding chosen with no number yet). */
  missing: string | null;
  add(number: E164Number): Promise<boolean>;
  remove(number: string): void;
}

/**
 * The numbers calls are forwarded to, typed as the person dials them and kept in international form. Add saves
 * (Enter or the button): a number is saved once it is whole, never while it is typed.
 */
export function ForwardingNumbersField(props: ForwardingNumbersFieldProps) {
  const { numbers, busy, country, ownNumber, missing, add, remove } = props;
  const id = useId();
  const t = useT();
  // null until main's setup state is here: the routing at Twilio then still skips a number it may not call.
  const allowedCountries = useSetupStore((state) => state.setup?.allowedCountries ?? null);
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const full = numbers.length >= forwardingNumbersLimit;
  const problem = invalid ?? missing;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const result = toForwardingNumber(typed, country, numbers, ownNumber, allowedCountries, t);
    setInvalid(result.ok ? null : result.message);
    if (result.ok && (await add(result.number))) setTyped('');
  }

  return (
    <div className="forwarding-numbers">
      {numbers.length > 0 && (
        <ul className="forwarding-numbers__list" aria-label={t('callHandling.forwardingNumbers')}>
          {numbers.map((number) => {
            const shown = formatPhoneForDisplay(number, country);
            return (
              <li key={number} className="forwarding-numbers__item">
                <span>{shown}</span>
                <button
                  type="button"
                  className="secondary-button secondary-button--small"
                  aria-disabled={busy || undefined}
                  aria-label={t('callHandling.removeNumber', { number: shown })}
                  onClick={() => !busy && remove(number)}
                >
                  {t('callHandling.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {full ? (
        <p className="settings-field__hint">{t('callHandling.forwardingFull', { limit: forwardingNumbersLimit })}</p>
      ) : (
        <form className="forwarding-numbers__add" onSubmit={(event) => void submit(event)}>
          <label htmlFor={`${id}-number`}>
            {t(numbers.length === 0 ? 'callHandling.numberToForwardTo' : 'callHandling.anotherNumber')}
          </label>
          <input
            id={`${id}-number`}
            className="forwarding-numbers__input"
            type="text"
            inputMode="tel"
            autoComplete="tel"
            maxLength={40}
            value={typed}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setInvalid(null);
            }}
          />
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('callHandling.add')}
          </button>
        </form>
      )}
      {problem && !full && (
        <p className="settings-field__problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
