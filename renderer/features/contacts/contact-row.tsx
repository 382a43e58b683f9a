import { memo } from 'react';
import type { ContactListItem } from '../../../shared/models/contact';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { StarIcon } from '../../ui/icons';
import { useT } from '../../i18n/use-t';

/** Up to two initials for the round badge: "Alice Smith" -> "AS". */
export function initialsOf(name: string): string {
  const all = name.trim().split(/\s+/);
  const lettered = all.filter((word) => /^\p{L}/u.test(word));
  const words = lettered.length > 0 ? lettered : all.filter((word) => word !== '');
  const letters = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
  return letters
    .map((word) => (word ? ([...word][0] ?? '') : ''))
    .join('')
    .toUpperCase();
}

/** One row of the contacts list: initials, name and organisation, the first number, a star for favourites. */
export const ContactRow = memo(function ContactRow({ item, country }: { item: ContactListItem; country: string }) {
  const t = useT();
  return (
    <>
      <span className="contact-row__avatar" aria-hidden="true">
        {initialsOf(item.name)}
      </span>
      <span className="contact-row__text">
        <span className="contact-row__name">{item.name}</span>
        {item.organisation && (
          <span className="contact-row__detail">
            {t('common.pause')}
            {item.organisation}
          </span>
        )}
        {item.primaryNumber && (
          <span className="contact-row__detail contact-row__number">
            <span className="visually-hidden">{t('common.pause')}</span>
            {formatPhoneForDisplay(item.primaryNumber, country)}
          </span>
        )}
      </span>
      {item.favourite && (
        <span className="contact-row__star" title={t('contacts.favouriteTitle')}>
          <StarIcon filled />
          <span className="visually-hidden">{t('contacts.favouriteMark')}</span>
        </span>
      )}
    </>
  );
});
