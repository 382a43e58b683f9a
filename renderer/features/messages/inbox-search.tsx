import { useId } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { useIntl } from 'react-intl';
import type { InboxSearchHit } from '../../../shared/models/inbox';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { searchQueryLimit, selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { SearchIcon } from '../../ui/icons';
import { openInboxTarget } from '../inbox/open-inbox-target';
import { listTimeText, remotePartyText } from './messages-text';

/** The search field's status line: how many results, or main's words when the search failed. */
export function searchStatusText(
  search: {
    status: 'idle' | 'searching' | 'ready';
    count: number;
    query: string;
    error: string | null;
  },
  t: Translate,
): string {
  if (search.error !== null) return search.error;
  if (search.status !== 'ready') return '';
  const { count, query } = search;
  return count === 0 ? t('messages.searchNothing', { query }) : t('messages.searchCount', { count, query });
}

/** The search field over message texts and voicemail transcriptions; results show while it has words. */
export function InboxSearchField() {
  const t = useT();
  const id = useId();
  const statusId = useId();
  const query = useMessagesStore(selectors.searchQuery);
  const searchedQuery = useMessagesStore(selectors.searchedQuery);
  const status = useMessagesStore(selectors.searchStatus);
  const results = useMessagesStore(selectors.searchResults);
  const error = useMessagesStore(selectors.searchError);

  return (
    <div className="inbox-search-field">
      <label htmlFor={id} className="visually-hidden">
        {t('messages.searchLabel')}
      </label>
      <SearchIcon />
      <input
        id={id}
        type="search"
        placeholder={t('messages.searchPlaceholder')}
        autoComplete="off"
        maxLength={searchQueryLimit}
        value={query}
        aria-describedby={statusId}
        onChange={(event) => useMessagesStore.getState().setSearchQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void useMessagesStore.getState().searchNow();
          if (event.key === 'Escape') useMessagesStore.getState().clearSearch();
        }}
      />
      <p id={statusId} className="inbox-search-field__status" role="status">
        {searchStatusText({ status, count: results.length, query: searchedQuery, error }, t)}
      </p>
    </div>
  );
}

/** A message found opens its conversation here; a voicemail found opens in the Voicemail view. */
export function openSearchHit(hit: InboxSearchHit): void {
  switch (hit.kind) {
    case 'message':
      return openInboxTarget({ kind: 'conversation', remoteNumber: hit.remoteNumber });
    case 'voicemail':
      return openInboxTarget({ kind: 'voicemail', id: hit.id });
    default:
      return assertNever(hit.kind);
  }
}

export function SearchResult({ hit, country, onOpen }: { hit: InboxSearchHit; country: string; onOpen(): void }) {
  const t = useT();
  const intl = useIntl();
  const who = remotePartyText(hit, country);
  const time = listTimeText(hit.at, new Date(), intl);
  return (
    <li>
      <button type="button" className="conversation-row inbox-search-result" onClick={onOpen}>
        <span className="conversation-row__name">{who.name}</span>
        <span className="conversation-row__time">
          <span className="visually-hidden">{t('common.pause')}</span>
          {t(hit.kind === 'voicemail' ? 'messages.resultVoicemail' : 'messages.resultMessage', { time })}
        </span>
        <span className="conversation-row__preview inbox-search-result__snippet">
          <span className="visually-hidden">{t('messages.snippetPause')}</span>
          {hit.snippet}
        </span>
      </button>
    </li>
  );
}

/** The results of the search in the field: a message opens its conversation, a voicemail the Voicemail view. */
export function InboxSearchResults({ labelledBy }: { labelledBy: string }) {
  const results = useMessagesStore(selectors.searchResults);
  const country = useSettingsStore(countryOf);

  return (
    <ul className="conversation-list" aria-labelledby={labelledBy}>
      {results.map((hit) => (
        <SearchResult key={`${hit.kind}-${hit.id}`} hit={hit} country={country} onOpen={() => openSearchHit(hit)} />
      ))}
    </ul>
  );
}
