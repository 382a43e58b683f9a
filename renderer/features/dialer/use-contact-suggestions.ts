import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ContactListItem } from '../../../shared/models/contact';
import { selectors, useDialerPeopleStore } from '../../stores/dialer-people/dialer-people.store';

export interface ContactSuggestions {
  open: boolean;
  options: ContactListItem[];
  /** The option Up and Down have moved to; -1 while the caret is in the field's text. */
  active: number;
  listboxId: string;
  optionId(index: number): string;
  /** For the number field: Up, Down, Enter on an option, Escape. Other keys type as usual. */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  choose(index: number): void;
  dismiss(): void;
}

/**
 * Contacts matching what is in the number field, as an ARIA combobox's listbox (list autocomplete,
 * manual selection): nothing is chosen until Up or Down moves to an option, so Enter on typed text
 * still calls what was typed, vanity numbers such as 1-800-FLOWERS included.
 */
export function useContactSuggestions(input: string): ContactSuggestions {
  const listboxId = useId();
  const options = useDialerPeopleStore(selectors.suggestions);
  const suggestionsFor = useDialerPeopleStore(selectors.suggestionsFor);
  const dismissedFor = useDialerPeopleStore(selectors.dismissedFor);
  // The active option belongs to the list it was picked in: a new list starts with none.
  const [picked, setPicked] = useState({ options, index: -1 });
  const active = picked.options === options ? picked.index : -1;
  const setActive = (next: (index: number) => number) => setPicked({ options, index: next(active) });

  useEffect(() => {
    useDialerPeopleStore.getState().suggest(input);
  }, [input]);

  const open = options.length > 0 && suggestionsFor === input && dismissedFor !== input;
  const people = () => useDialerPeopleStore.getState();

  function choose(index: number) {
    const option = options[index];
    if (option) void people().fillContact(option.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive((index) => (index + 1) % count);
        return;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => (index <= 0 ? count - 1 : index - 1));
        return;
      case 'Enter':
        if (active < 0) return;
        event.preventDefault();
        choose(active);
        return;
      case 'Escape':
        event.preventDefault();
        people().dismiss(input);
        return;
      default:
        return;
    }
  }

  return {
    open,
    options,
    active: open ? active : -1,
    listboxId,
    optionId: (index) => `${listboxId}-option-${index}`,
    onKeyDown,
    choose,
    dismiss: () => people().dismiss(input),
  };
}
