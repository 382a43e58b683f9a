import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { selectors, useContactsStore, type MergeSuggestion } from '../../stores/contacts/contacts.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';

const shownAtOnce = 3;

function names(suggestion: MergeSuggestion): string {
  const all = suggestion.contacts.map((contact) => contact.name);
  return all.length <= 2 ? all.join(' and ') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/** "These share +1 512 555 0123: Alice and Alice Smith. Merge": contacts with the same number, to merge. */
export function MergeSuggestions() {
  const titleId = useId();
  const suggestions = useContactsStore(useShallow(selectors.suggestions));
  const status = useContactsStore(selectors.mergeStatus);
  const merge = useContactsStore((state) => state.merge);
  const dismiss = useContactsStore((state) => state.dismiss);
  const country = useSettingsStore(countryOf);
  if (suggestions.length === 0) return null;
  const busy = status.status === 'busy';
  const more = suggestions.length - shownAtOnce;

  return (
    <section className="merge-suggestions" aria-labelledby={titleId}>
      <h2 id={titleId} className="merge-suggestions__title">
        Possible duplicates
      </h2>
      <ul>
        {suggestions.slice(0, shownAtOnce).map((suggestion) => (
          <li key={suggestion.number}>
            <span>
              These share {formatPhoneForDisplay(suggestion.number, country)}: {names(suggestion)}.
            </span>
            <span className="merge-suggestions__buttons">
              <button
                type="button"
                className="secondary-button secondary-button--small"
                aria-disabled={busy || undefined}
                aria-label={`Merge ${names(suggestion)}`}
                onClick={() => !busy && void merge(suggestion)}
              >
                Merge
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Not now: keep ${names(suggestion)} apart`}
                onClick={() => dismiss(suggestion.number)}
              >
                Not now
              </button>
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="merge-suggestions__more">And {more} more after these.</p>}
      {status.status === 'failed' && (
        <p className="contacts-problem" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}
