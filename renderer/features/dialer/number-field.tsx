import { useEffect, useId, useRef, type ChangeEvent, type ClipboardEvent } from 'react';
import { selectors, useDialerStore } from '../../stores/dialer/dialer.store';
import { BackspaceIcon } from '../../ui/icons';
import { useT } from '../../i18n/use-t';
import { ContactSuggestionList } from './contact-suggestion-list';
import { useContactSuggestions } from './use-contact-suggestions';

interface NumberFieldProps {
  /** The id of the text that says whether the number can be called, and why not. */
  hintId: string;
  invalid: boolean;
}

/** The number being dialled: formatted while typed at the end, left alone while edited in the middle. */
export function NumberField({ hintId, invalid }: NumberFieldProps) {
  const id = useId();
  const input = useDialerStore(selectors.input);
  const setInput = useDialerStore((state) => state.setInput);
  const paste = useDialerStore((state) => state.paste);
  const backspace = useDialerStore((state) => state.backspace);
  const focusPending = useDialerStore(selectors.focusPending);
  const notice = useDialerStore(selectors.notice);
  const inputRef = useRef<HTMLInputElement>(null);
  const noticeId = useId();
  const t = useT();
  const suggestions = useContactSuggestions(input);

  // A link or a contact filled the field: focus it once the view has settled (navigation focuses the heading first).
  useEffect(() => {
    if (!focusPending) return;
    const frame = requestAnimationFrame(() => {
      inputRef.current?.focus();
      useDialerStore.getState().focusTaken();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusPending]);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const field = event.currentTarget;
    const atEnd = field.selectionStart === field.value.length;
    // Formatting only as the number grows at its end: deleting a ")" must not bring it straight back.
    setInput(field.value, atEnd && field.value.length > input.length);
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const field = event.currentTarget;
    const replacesAll = field.selectionStart === 0 && field.selectionEnd === field.value.length;
    if (!replacesAll) return;
    event.preventDefault();
    paste(event.clipboardData.getData('text/plain'));
  }

  return (
    <div className="number-field">
      <label className="number-field__label" htmlFor={id}>
        {t('dialer.numberLabel')}
      </label>
      <div className="number-field__row">
        <input
          id={id}
          ref={inputRef}
          className="number-field__input"
          type="text"
          inputMode="tel"
          autoComplete="off"
          spellCheck={false}
          value={input}
          onChange={onChange}
          onPaste={onPaste}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={suggestions.open}
          aria-controls={suggestions.open ? suggestions.listboxId : undefined}
          aria-activedescendant={suggestions.active >= 0 ? suggestions.optionId(suggestions.active) : undefined}
          onKeyDown={suggestions.onKeyDown}
          onBlur={suggestions.dismiss}
          aria-describedby={notice ? `${hintId} ${noticeId}` : hintId}
          aria-invalid={invalid || undefined}
        />
        <button
          type="button"
          className="number-field__backspace"
          aria-label={t('dialer.deleteDigit')}
          title={t('dialer.deleteDigitTitle')}
          disabled={input === ''}
          onClick={backspace}
        >
          <BackspaceIcon />
        </button>
      </div>
      {suggestions.open && <ContactSuggestionList suggestions={suggestions} />}
      {notice && (
        <p
          id={noticeId}
          className={`dialer__hint${notice.kind === 'problem' ? ' dialer__hint--problem' : ''}`}
          role="status"
          style={{ minHeight: 0, marginTop: '0.4rem' }}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
