import { useT } from '../../i18n/use-t';
import { useDialerPeopleStore } from '../../stores/dialer-people/dialer-people.store';
import { StarIcon } from '../../ui/icons';

/** A star that marks a contact as a favourite (pressed) or not, from the dialer. */
export function FavouriteToggle({
  contactId,
  name,
  favourite,
}: {
  contactId: string;
  name: string;
  favourite: boolean;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="dialer-people__star"
      aria-pressed={favourite}
      aria-label={t('dialer.favouriteToggle', { name })}
      title={favourite ? t('dialer.removeFavourite') : t('dialer.addFavourite')}
      onClick={() => void useDialerPeopleStore.getState().setFavourite(contactId, !favourite)}
    >
      <StarIcon filled={favourite} />
    </button>
  );
}
