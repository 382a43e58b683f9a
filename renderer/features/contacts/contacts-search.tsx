import { useId, type KeyboardEvent, type RefObject } from 'react';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { SearchIcon } from '../../ui/icons';

function describeResults(total: number, query: string): string {
  if (query === '') return total === 1 ? '1 contact' : `${total.toLocaleString()} contacts`;
  if (total === 0) return `No contacts match “${query}”`;
  return total === 1 ? `1 contact matches “${query}”` : `${total.toLocaleString()} contacts match “${query}”`;
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
        Search contacts
      </label>
      <SearchIcon />
      <input
        id={id}
        type="search"
        placeholder="Search by name or any part of a number"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={statusId} className="contacts-search__status" role="status">
        {listStatus === 'ready' ? describeResults(total, shownQuery) : ''}
      </p>
    </div>
  );
}
