import { useSettingsStore, countryOf } from '../../stores/settings/settings.store';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { useT } from '../../i18n/use-t';
import { StarIcon } from '../../ui/icons';
import type { ContactSuggestions } from './use-contact-suggestions';
import './contact-suggestion-list.css';

/** The listbox under the number field: a click (or Enter on the active option) fills in the contact's number. */
export function ContactSuggestionList({ suggestions }: { suggestions: ContactSuggestions }) {
  const t = useT();
  const country = useSettingsStore(countryOf);
  return (
    <ul
      id={suggestions.listboxId}
      className="contact-suggestions"
      role="listbox"
      aria-label={t('dialer.suggestionsLabel')}
    >
      {suggestions.options.map((option, index) => (
        <li
          key={option.id}
          id={suggestions.optionId(index)}
          className="contact-suggestions__option"
          role="option"
          aria-selected={index === suggestions.active}
          // The field keeps focus (and the caret) while an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => suggestions.choose(index)}
        >
          <span className="contact-suggestions__name">
            {option.name}
            {option.favourite && (
              <span className="contact-suggestions__star">
                <StarIcon filled />
                <span className="visually-hidden">{t('dialer.favouriteMark')}</span>
              </span>
            )}
          </span>
          <span className="contact-suggestions__detail">
            {option.primaryNumber ? formatPhoneForDisplay(option.primaryNumber, country) : option.organisation}
          </span>
        </li>
      ))}
    </ul>
  );
}
