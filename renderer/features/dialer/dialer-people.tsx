import { useEffect, useId } from 'react';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { selectors, useDialerPeopleStore } from '../../stores/dialer-people/dialer-people.store';
import type { RecentNumber } from '../../stores/dialer-people/people-lists';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { FavouriteToggle } from './favourite-toggle';
import './dialer-people.css';

function RecentRow({ recent, country, favourite }: { recent: RecentNumber; country: string; favourite: boolean }) {
  const t = useT();
  const format = useFormat();
  const number = formatPhoneForDisplay(recent.number, country);
  const when = recent.today ? format.time(recent.startedAt) : format.date(recent.startedAt);
  const kind = recent.missed ? 'missed' : recent.direction;
  return (
    <li className="dialer-people__row">
      <button
        type="button"
        className="dialer-people__call"
        aria-label={t('dialer.callPerson', { name: recent.name ?? number })}
        onClick={() => void useDialerPeopleStore.getState().callRecent(recent)}
      >
        <span className="dialer-people__name">{recent.name ?? number}</span>
        {recent.name && <span className="dialer-people__detail">{number}</span>}
        <span className={`dialer-people__detail${recent.missed ? ' dialer-people__detail--missed' : ''}`}>
          {t('dialer.recentDetail', { kind, when })}
        </span>
      </button>
      {recent.contactId && recent.name && (
        <FavouriteToggle contactId={recent.contactId} name={recent.name} favourite={favourite} />
      )}
    </li>
  );
}

/** Beside the keypad: favourite contacts and the numbers of recent calls, each called with one click. */
export function DialerPeople() {
  const t = useT();
  const favouritesId = useId();
  const recentsId = useId();
  const favourites = useDialerPeopleStore(selectors.favourites);
  const recents = useDialerPeopleStore(selectors.recents);
  const loaded = useDialerPeopleStore(selectors.loaded);
  const error = useDialerPeopleStore(selectors.peopleError);
  const country = useSettingsStore(countryOf);

  useEffect(() => {
    void useDialerPeopleStore.getState().load();
  }, []);

  return (
    <div className="dialer-people">
      <section aria-labelledby={favouritesId}>
        <h2 id={favouritesId} className="dialer-people__heading">
          {t('dialer.favouritesHeading')}
        </h2>
        {loaded && favourites.length === 0 && <p className="dialer-people__empty">{t('dialer.noFavourites')}</p>}
        <ul className="dialer-people__list">
          {favourites.map((favourite) => (
            <li key={favourite.id} className="dialer-people__row">
              <button
                type="button"
                className="dialer-people__call"
                aria-label={t('dialer.callPerson', { name: favourite.name })}
                onClick={() => void useDialerPeopleStore.getState().callContact(favourite.id)}
              >
                <span className="dialer-people__name">{favourite.name}</span>
                <span className="dialer-people__detail">
                  {favourite.primaryNumber
                    ? formatPhoneForDisplay(favourite.primaryNumber, country)
                    : favourite.organisation}
                </span>
              </button>
              <FavouriteToggle contactId={favourite.id} name={favourite.name} favourite />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={recentsId}>
        <h2 id={recentsId} className="dialer-people__heading">
          {t('dialer.recentsHeading')}
        </h2>
        {loaded && recents.length === 0 && <p className="dialer-people__empty">{t('dialer.noRecents')}</p>}
        <ul className="dialer-people__list">
          {recents.map((recent) => (
            <RecentRow
              key={recent.number}
              recent={recent}
              country={country}
              favourite={favourites.some((favourite) => favourite.id === recent.contactId)}
            />
          ))}
        </ul>
      </section>
      {error && (
        <p className="dialer-people__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
