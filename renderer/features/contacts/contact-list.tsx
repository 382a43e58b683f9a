import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { itemAt } from '../../stores/contacts/contact-pages';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { ContactRow } from './contact-row';
import './contact-list.css';
import { useT } from '../../i18n/use-t';
import { nextRowIndex } from './list-keys';

export const contactRowHeight = 56;

interface ContactListProps {
  labelledBy: string;
  listRef?: Ref<HTMLDivElement>;
  /** A contact was chosen on purpose (a click, Enter or Space), not passed over with the arrows. */
  onChoose?: () => void;
}

/**
 * The contacts as a listbox that renders only the rows in view (100,000 contacts scroll as
 * smoothly as ten) and loads their pages from main as they come into view. Arrows, Page Up/Down,
 * Home and End move through it; the contact under the cursor opens in the detail pane.
 */
export function ContactList({ labelledBy, listRef, onChoose }: ContactListProps) {
  const listId = useId();
  const t = useT();
  const total = useContactsStore(selectors.total);
  const pages = useContactsStore(selectors.pages);
  const generation = useContactsStore(selectors.generation);
  const shownQuery = useContactsStore(selectors.shownQuery);
  const selectedId = useContactsStore(selectors.selectedId);
  const showRows = useContactsStore((state) => state.showRows);
  const select = useContactsStore((state) => state.select);
  const country = useSettingsStore(countryOf);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // The active row belongs to one search; a new search starts again at the top.
  const [activeFor, setActiveFor] = useState({ query: shownQuery, index: 0 });
  const active = activeFor.query === shownQuery ? Math.min(activeFor.index, Math.max(0, total - 1)) : 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => contactRowHeight,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (last >= 0) showRows(first, last);
  }, [first, last, generation, showRows]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [shownQuery, virtualizer]);

  function moveTo(index: number) {
    setActiveFor({ query: shownQuery, index });
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const item = itemAt(pages, index);
    if (item && item.id !== selectedId) void select(item.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const pageRows = Math.floor((scrollRef.current?.clientHeight ?? contactRowHeight) / contactRowHeight);
    const next = nextRowIndex(event.key, active, total, pageRows);
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = itemAt(pages, active);
      if (item) void select(item.id);
      onChoose?.();
    }
  }

  const activeRendered = rows.some((row) => row.index === active);
  return (
    <div
      ref={(element) => {
        scrollRef.current = element;
        if (typeof listRef === 'function') listRef(element);
        else if (listRef) listRef.current = element;
      }}
      className="contact-list"
      role="listbox"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-activedescendant={total > 0 && activeRendered ? `${listId}-${active}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="contact-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = itemAt(pages, row.index);
          const isActive = row.index === active;
          return (
            <div
              key={row.key}
              id={`${listId}-${row.index}`}
              role="option"
              aria-selected={item !== undefined && item.id === selectedId}
              aria-posinset={row.index + 1}
              aria-setsize={total}
              className={`contact-row${isActive ? ' contact-row--active' : ''}`}
              style={{ height: contactRowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => {
                moveTo(row.index);
                onChoose?.();
              }}
            >
              {item ? (
                <ContactRow item={item} country={country} />
              ) : (
                <span className="contact-row__loading">{t('contacts.loadingRow')}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
