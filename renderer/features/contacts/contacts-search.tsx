import { useId, type KeyboardEvent, type RefObject } from 'react';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { SearchIcon } from '../../ui/icons';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';

function describeResults(t: Translate, total: number, query: string): string {
  if (query === '') return t('contacts.resultsAll', { total });
  if (total === 0) return t('contacts.resultsNone', { query });
  return t('contacts.resultsSome', { total, query });
}

/** Search as you type, by name, organisation or any digits of a number; Down arrow moves into the list. */
export function ContactsSearch({ listRef }: { listRef: RefObject<HTMLDivElement | null> }) {
  const id = useId();
  const statusId = useId();
  const query = useContactsStore(selectors.query);
  const shownQuery = useContactsStore(selectors.shownQuery);
  const total = useContactsStore(selectors.total);
  const listStatus = useContactsStore(selectors.listStatus);
  const setQuery = useContactsStore((state) => state.setQuery);
  const searchNow = useContactsStore((state) => state.searchNow);
  const t = useT();

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void searchNow();
    }
  }

  return (
    <div className="contacts-search">
      <label htmlFor={id} className="visually-hidden">
        {t('contacts.searchLabel')}
      </label>
      <SearchIcon />
      <input
        id={id}
        type="search"
        placeholder={t('contacts.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={statusId} className="contacts-search__status" role="status">
        {listStatus === 'ready' ? describeResults(t, total, shownQuery) : ''}
      </p>
    </div>
  );
}
