import { useId, useRef, useState, type FormEvent } from 'react';
import type { ContactDraft, PhoneLabel } from '../../../shared/models/contact';
import { selectors, useContactsStore, type ContactEditor } from '../../stores/contacts/contacts.store';
import { ModalDialog } from '../../ui/modal-dialog';
import { useT } from '../../i18n/use-t';
import { ContactListField } from './contact-list-field';
import { cleanDraft, errorsFromRefusal, hasErrors, noErrors, validateDraft } from './contact-form-model';
import { phoneLabelOptions, phoneLabelText } from './phone-labels';
import './contact-form.css';

type ListKey = 'sipAddresses' | 'emails';

/** Add or edit a contact. Main checks every number; one it cannot call is flagged under its field. */
export function ContactFormDialog({ editor }: { editor: ContactEditor }) {
  const titleId = useId();
  const nameId = useId();
  const nameErrorId = useId();
  const organisationId = useId();
  const notesId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const saveStatus = useContactsStore(selectors.saveStatus);
  const save = useContactsStore((state) => state.save);
  const close = useContactsStore((state) => state.closeEditor);
  const [draft, setDraft] = useState<ContactDraft>(() =>
    editor.initial.phones.length > 0
      ? editor.initial
      : { ...editor.initial, phones: [{ label: 'mobile', number: '' }] },
  );
  const [errors, setErrors] = useState(noErrors);
  const busy = saveStatus.status === 'busy';
  const t = useT();

  const patch = (change: Partial<ContactDraft>) => setDraft((current) => ({ ...current, ...change }));
  const setPhone = (index: number, change: Partial<ContactDraft['phones'][number]>) =>
    patch({ phones: draft.phones.map((phone, at) => (at === index ? { ...phone, ...change } : phone)) });
  const setValue = (key: ListKey, index: number, value: string) =>
    patch({ [key]: draft[key].map((old, at) => (at === index ? value : old)) });
  const removeAt = <T,>(values: T[], index: number) => values.filter((_, at) => at !== index);

  function focusFirstProblem() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const cleaned = cleanDraft(draft);
    setDraft(cleaned.phones.length > 0 ? cleaned : { ...cleaned, phones: [] });
    const found = validateDraft(cleaned);
    setErrors(found);
    if (hasErrors(found)) return focusFirstProblem();
    const saved = await save(cleaned);
    if (saved) return;
    const status = useContactsStore.getState().saveStatus;
    if (status.status === 'failed') {
      setErrors(errorsFromRefusal(status.message, cleaned));
      focusFirstProblem();
    }
  }

  return (
    <ModalDialog
      className="contacts-dialog"
      labelledBy={titleId}
      onCancel={close}
      fallbackFocus={() => document.querySelector<HTMLElement>('.contacts-search input')}
    >
      <form ref={formRef} className="contact-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="contact-form__scroll">
          <h2 id={titleId} className="contacts-dialog__title">
            {editor.id ? t('contacts.editTitle', { name: editor.initial.name }) : t('contacts.newTitle')}
          </h2>
          <div className="contact-form__field">
            <label htmlFor={nameId}>{t('contacts.name')}</label>
            <input
              id={nameId}
              value={draft.name}
              autoComplete="off"
              data-autofocus
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? nameErrorId : undefined}
              onChange={(event) => patch({ name: event.target.value })}
            />
            {errors.name && (
              <p id={nameErrorId} className="contact-form__error">
                {errors.name}
              </p>
            )}
          </div>
          <div className="contact-form__field">
            <label htmlFor={organisationId}>{t('contacts.organisation')}</label>
            <input
              id={organisationId}
              value={draft.organisation}
              autoComplete="off"
              onChange={(event) => patch({ organisation: event.target.value })}
            />
          </div>

          <ContactListField
            legend={t('contacts.phoneNumbers')}
            noun={t('contacts.nounNumber')}
            count={draft.phones.length}
            errors={errors.phones}
            onAdd={() => patch({ phones: [...draft.phones, { label: 'mobile', number: '' }] })}
            onRemove={(index) => patch({ phones: removeAt(draft.phones, index) })}
            renderRow={(index, describedBy) => (
              <>
                <select
                  aria-label={t('contacts.labelOfNumber', { index: index + 1 })}
                  value={draft.phones[index]?.label}
                  onChange={(event) => setPhone(index, { label: event.target.value as PhoneLabel })}
                >
                  {phoneLabelOptions.map((label) => (
                    <option key={label} value={label}>
                      {phoneLabelText(label)}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={t('contacts.numberN', { index: index + 1 })}
                  type="tel"
                  autoComplete="off"
                  value={draft.phones[index]?.number ?? ''}
                  aria-invalid={describedBy ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => setPhone(index, { number: event.target.value })}
                />
              </>
            )}
          />
          <ContactListField
            legend={t('contacts.sipAddresses')}
            noun={t('contacts.nounSipAddress')}
            count={draft.sipAddresses.length}
            errors={errors.sipAddresses}
            onAdd={() => patch({ sipAddresses: [...draft.sipAddresses, ''] })}
            onRemove={(index) => patch({ sipAddresses: removeAt(draft.sipAddresses, index) })}
            renderRow={(index, describedBy) => (
              <input
                aria-label={t('contacts.sipAddressN', { index: index + 1 })}
                placeholder={t('contacts.sipPlaceholder')}
                autoComplete="off"
                value={draft.sipAddresses[index] ?? ''}
                aria-invalid={describedBy ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setValue('sipAddresses', index, event.target.value)}
              />
            )}
          />
          <ContactListField
            legend={t('contacts.email')}
            noun={t('contacts.nounEmail')}
            count={draft.emails.length}
            errors={errors.emails}
            onAdd={() => patch({ emails: [...draft.emails, ''] })}
            onRemove={(index) => patch({ emails: removeAt(draft.emails, index) })}
            renderRow={(index, describedBy) => (
              <input
                aria-label={t('contacts.emailN', { index: index + 1 })}
                type="email"
                autoComplete="off"
                value={draft.emails[index] ?? ''}
                aria-invalid={describedBy ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setValue('emails', index, event.target.value)}
              />
            )}
          />
          <div className="contact-form__field">
            <label htmlFor={notesId}>{t('contacts.notes')}</label>
            <textarea
              id={notesId}
              rows={3}
              value={draft.notes}
              onChange={(event) => patch({ notes: event.target.value })}
            />
          </div>
          <label className="contact-form__check">
            <input
              type="checkbox"
              checked={draft.favourite}
              onChange={(event) => patch({ favourite: event.target.checked })}
            />
            {t('contacts.favouriteCheck')}
          </label>
        </div>
        <div className="contact-form__footer">
          {errors.form && (
            <p className="contacts-problem" role="alert">
              {errors.form}
            </p>
          )}
          {!errors.form && hasErrors(errors) && (
            <p className="contacts-problem" role="alert">
              {t('contacts.fixFields')}
            </p>
          )}
          <div className="contacts-dialog__buttons">
            <button type="button" className="secondary-button" onClick={close}>
              {t('contacts.cancel')}
            </button>
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {busy ? t('contacts.saving') : t('contacts.save')}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}
