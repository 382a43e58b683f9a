import { useId, useState, type FormEvent } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { withheldCallers, type BlockedCallersHear } from '../../../shared/models/call-handling-names';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeBlocked, toBlockedEntry } from './blocked-caller-entry';

const hearLabels: Record<BlockedCallersHear, MessageId> = {
  rejected: 'callHandling.hearRejected',
  busy: 'callHandling.hearBusy',
};

interface Props {
  handling: CallHandling;
  busy: boolean;
  change: (next: CallHandling) => Promise<boolean>;
}

/** Numbers, prefixes and withheld callers Twilio rejects before they ring or reach voicemail. */
export function BlockedCallersField({ handling, busy, change }: Props) {
  const id = useId();
  const t = useT();
  const country = useSettingsStore(countryOf);
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const { blockedCallers } = handling;
  const listed = blockedCallers.filter((entry) => entry !== withheldCallers);
  const withheldBlocked = blockedCallers.includes(withheldCallers);
  const setBlocked = (next: string[]) => change({ ...handling, blockedCallers: next });

  async function block(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const result = toBlockedEntry(typed, country, blockedCallers, t);
    setInvalid(result.ok ? null : result.message);
    if (result.ok && (await setBlocked([...blockedCallers, result.entry]))) setTyped('');
  }

  return (
    <div className="settings-field blocked-callers">
      <p className="settings-field__hint">{t('callHandling.blockedHint')}</p>
      {listed.length > 0 && (
        <ul className="blocked-callers__list" aria-label={t('callHandling.blockedList')}>
          {listed.map((entry) => (
            <li key={entry} className="blocked-callers__item">
              <span>{describeBlocked(entry, country, t)}</span>
              <button
                type="button"
                className="button"
                aria-disabled={busy || undefined}
                aria-label={t('callHandling.unblockEntry', { entry: describeBlocked(entry, country, t) })}
                onClick={() => !busy && void setBlocked(blockedCallers.filter((blocked) => blocked !== entry))}
              >
                {t('callHandling.unblock')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="blocked-callers__add" onSubmit={(event) => void block(event)}>
        <label htmlFor={`${id}-number`}>{t('callHandling.numberOrPrefix')}</label>
        <input
          id={`${id}-number`}
          className="blocked-callers__input"
          type="text"
          inputMode="tel"
          autoComplete="off"
          maxLength={40}
          value={typed}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setInvalid(null);
          }}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {t('callHandling.block')}
        </button>
      </form>
      {invalid && (
        <p className="settings-field__problem" id={`${id}-invalid`}>
          {invalid}
        </p>
      )}
      <div className="settings-checkbox">
        <input
          id={`${id}-withheld`}
          type="checkbox"
          checked={withheldBlocked}
          disabled={busy}
          onChange={(event) =>
            void setBlocked(
              event.target.checked
                ? [...blockedCallers, withheldCallers]
                : blockedCallers.filter((entry) => entry !== withheldCallers),
            )
          }
        />
        <label htmlFor={`${id}-withheld`}>{t('callHandling.blockWithheld')}</label>
      </div>
      <fieldset className="blocked-callers__hear">
        <legend>{t('callHandling.blockedHear')}</legend>
        {(Object.keys(hearLabels) as BlockedCallersHear[]).map((hear) => (
          <div className="settings-checkbox" key={hear}>
            <input
              id={`${id}-hear-${hear}`}
              type="radio"
              name={`${id}-hear`}
              checked={handling.blockedCallersHear === hear}
              disabled={busy}
              onChange={() => void change({ ...handling, blockedCallersHear: hear })}
            />
            <label htmlFor={`${id}-hear-${hear}`}>{t(hearLabels[hear])}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
