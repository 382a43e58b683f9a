import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../shared/models/contact';
import { cleanDraft, errorsFromRefusal, hasErrors, validateDraft } from './contact-form-model';

const draft: ContactDraft = {
  name: ' Alice ',
  organisation: '',
  phones: [
    { label: 'mobile', number: ' 512 555 0123 ' },
    { label: 'work', number: '   ' },
    { label: 'home', number: '555' },
  ],
  sipAddresses: ['', 'alice@example.com'],
  emails: ['alice@'],
  notes: '',
  favourite: false,
};

describe('contact form model', () => {
  it('trims and drops empty rows before saving', () => {
    expect(cleanDraft(draft)).toMatchObject({
      name: 'Alice',
      phones: [
        { label: 'mobile', number: '512 555 0123' },
        { label: 'home', number: '555' },
      ],
      sipAddresses: ['alice@example.com'],
    });
  });

  it('flags a missing name and malformed addresses, leaving numbers to main', () => {
    const errors = validateDraft({ ...cleanDraft(draft), name: '', sipAddresses: ['alice'] });
    expect(errors.name).toMatch(/name/);
    expect(errors.sipAddresses[0]).toMatch(/alice@example.com/);
    expect(errors.emails[0]).toMatch(/e-mail/);
    expect(errors.phones).toEqual({});
    expect(hasErrors(validateDraft(cleanDraft({ ...draft, emails: [] })))).toBe(false);
  });

  it('puts a refusal that quotes a number under that number', () => {
    const cleaned = cleanDraft(draft);
    const errors = errorsFromRefusal('555 is not a number that can be called: it is too short.', cleaned);
    expect(errors.phones).toEqual({ 1: '555 is not a number that can be called: it is too short.' });
    expect(errors.form).toBeUndefined();
  });

  it('reads schema paths from a refused request', () => {
    const errors = errorsFromRefusal(
      'contacts:save was refused, nothing was changed: contact.sipAddresses.0: A SIP address looks like alice@example.com; contact.name: Give the contact a name',
      cleanDraft(draft),
    );
    expect(errors.sipAddresses).toEqual({ 0: 'A SIP address looks like alice@example.com' });
    expect(errors.name).toBe('Give the contact a name');
  });

  it('keeps a refusal about nothing in particular for the whole form', () => {
    expect(errorsFromRefusal('The contacts database is full.', cleanDraft(draft)).form).toBe(
      'The contacts database is full.',
    );
  });
});
