import { useId, type ReactNode } from 'react';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { useT } from '../../i18n/use-t';

interface ListFieldProps {
  legend: string;
  /** "number", "SIP address", "e-mail address": used in the buttons' names. */
  noun: string;
  count: number;
  errors: Record<number, string>;
  onAdd(): void;
  onRemove(index: number): void;
  /** One row's input(s); `describedBy` is the id of its problem, when it has one. */
  renderRow(index: number, describedBy: string | undefined): ReactNode;
}

/** A fieldset of repeated values (numbers, SIP addresses, e-mails), each with its problem under it. */
export function ContactListField({ legend, noun, count, errors, onAdd, onRemove, renderRow }: ListFieldProps) {
  const errorId = useId();
  const t = useT();
  return (
    <fieldset className="contact-form__group">
      <legend>{legend}</legend>
      {Array.from({ length: count }, (_, index) => {
        const error = errors[index];
        const describedBy = error ? `${errorId}-${index}` : undefined;
        return (
          <div key={index} className="contact-form__row-wrap">
            <div className="contact-form__row">
              {renderRow(index, describedBy)}
              <button
                type="button"
                className="icon-button"
                aria-label={t('contacts.removeItem', { noun, index: index + 1 })}
                title={t('contacts.removeItemTitle', { noun })}
                onClick={() => onRemove(index)}
              >
                <TrashIcon />
              </button>
            </div>
            {error && (
              <p id={describedBy} className="contact-form__error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" className="link-button" onClick={onAdd}>
        <PlusIcon />
        {t('contacts.addItem', { noun })}
      </button>
    </fieldset>
  );
}
