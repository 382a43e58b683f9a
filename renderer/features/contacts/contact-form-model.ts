import { translate } from '../../i18n/translate';
import type { ContactDraft } from '../../../shared/models/contact';

/** Problems under the fields they concern; `form` for a refusal that names none. */
export interface ContactFormErrors {
  name?: string;
  phones: Record<number, string>;
  sipAddresses: Record<number, string>;
  emails: Record<number, string>;
  form?: string;
}

type ListField = 'phones' | 'sipAddresses' | 'emails';

const sipAddress = /^(sips?:)?[^@\s]+@[A-Za-z0-9.-]+$/;
const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const noErrors = (): ContactFormErrors => ({ phones: {}, sipAddresses: {}, emails: {} });

export function hasErrors(errors: ContactFormErrors): boolean {
  return (
    errors.name !== undefined ||
    errors.form !== undefined ||
    Object.keys(errors.phones).length > 0 ||
    Object.keys(errors.sipAddresses).length > 0 ||
    Object.keys(errors.emails).length > 0
  );
}

/** Trims every field and drops rows left empty, as the form is about to be saved. */
export function cleanDraft(draft: ContactDraft): ContactDraft {
  const filled = (values: string[]) => values.map((value) => value.trim()).filter((value) => value !== '');
  return {
    ...draft,
    name: draft.name.trim(),
    organisation: draft.organisation.trim(),
    phones: draft.phones
      .map((phone) => ({ ...phone, number: phone.number.trim() }))
      .filter((phone) => phone.number !== ''),
    sipAddresses: filled(draft.sipAddresses),
    emails: filled(draft.emails),
    notes: draft.notes.trim(),
  };
}

/** What can be told before asking main: a missing name, an address that cannot be one. Numbers are main's to judge. */
export function validateDraft(draft: ContactDraft): ContactFormErrors {
  const errors = noErrors();
  if (draft.name.trim() === '') errors.name = translate('contacts.errorName');
  draft.sipAddresses.forEach((value, index) => {
    if (!sipAddress.test(value.trim())) errors.sipAddresses[index] = translate('contacts.errorSipAddress');
  });
  draft.emails.forEach((value, index) => {
    if (!email.test(value.trim())) errors.emails[index] = translate('contacts.errorEmail');
  });
  return errors;
}

/** Puts main's refusal under the field it is about: a schema path ("contact.phones.1.number: …") or the value it quotes. */
export function errorsFromRefusal(message: string, draft: ContactDraft): ContactFormErrors {
  const errors = noErrors();
  let placed = false;
  for (const match of message.matchAll(/contact\.(phones|sipAddresses|emails)\.(\d+)(?:\.\w+)?: ([^;]+)/g)) {
    const [, field, index, text] = match;
    errors[field as ListField][Number(index)] = (text ?? '').trim();
    placed = true;
  }
  const name = /contact\.name: ([^;]+)/.exec(message);
  if (name?.[1]) {
    errors.name = name[1].trim();
    placed = true;
  }
  if (placed) return errors;

  const quotes = (value: string) => value.trim() !== '' && message.includes(value.trim());
  draft.phones.forEach((phone, index) => {
    if (quotes(phone.number)) errors.phones[index] = message;
  });
  draft.sipAddresses.forEach((value, index) => {
    if (quotes(value)) errors.sipAddresses[index] = message;
  });
  draft.emails.forEach((value, index) => {
    if (quotes(value)) errors.emails[index] = message;
  });
  if (!hasErrors(errors)) errors.form = message;
  return errors;
}
