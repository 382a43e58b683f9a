import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { selectors, useContactsStore, type MergeSuggestion } from '../../stores/contacts/contacts.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';

const shownAtOnce = 3;

/** "Alice and Bob", "Alice, Bob and Carol". */
function names(t: Translate, suggestion: MergeSuggestion): string {
  const all = suggestion.contacts.map((contact) => contact.name);
  if (all.length < 2) return all.join('');
  return t('contacts.namesPair', { first: all.slice(0, -1).join(', '), second: all.at(-1) ?? '' });
}

/** "These share +1 512 555 0123: Alice and Alice Smith. Merge": contacts with the same number, to merge. */
export function MergeSuggestions() {
  const titleId = useId();
  const suggestions = useContactsStore(useShallow(selectors.suggestions));
  const status = useContactsStore(selectors.mergeStatus);
  const merge = useContactsStore((state) => state.merge);
  const dismiss = useContactsStore((state) => state.dismiss);
  const country = useSettingsStore(countryOf);
  const t = useT();
  if (suggestions.length === 0) return null;
  const busy = status.status === 'busy';
  const more = suggestions.length - shownAtOnce;

  return (
    <section className="merge-suggestions" aria-labelledby={titleId}>
      <h2 id={titleId} className="merge-suggestions__title">
        {t('contacts.duplicatesHeading')}
      </h2>
      <ul>
        {suggestions.slice(0, shownAtOnce).map((suggestion) => (
          <li key={suggestion.number}>
            <span>
              {t('contacts.sharedNumber', {
                number: formatPhoneForDisplay(suggestion.number, country),
                names: names(t, suggestion),
              })}
            </span>
            <span className="merge-suggestions__buttons">
              <button
                type="button"
                className="secondary-button secondary-button--small"
                aria-disabled={busy || undefined}
                aria-label={t('contacts.mergeLabel', { names: names(t, suggestion) })}
                onClick={() => !busy && void merge(suggestion)}
              >
                {t('contacts.merge')}
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={t('contacts.notNowLabel', { names: names(t, suggestion) })}
                onClick={() => dismiss(suggestion.number)}
              >
                {t('contacts.notNow')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="merge-suggestions__more">{t('contacts.moreDuplicates', { count: more })}</p>}
      {status.status === 'failed' && (
        <p className="contacts-problem" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}
