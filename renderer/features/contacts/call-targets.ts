import type { Contact } from '../../../shared/models/contact';
import { formatPhoneForDisplay, toDialTarget, type DialTarget } from '../../../shared/phone/phone-number';
import { dialProblemText } from '../../i18n/dial-problem-text';
import { translate } from '../../i18n/translate';
import { phoneLabelText } from './phone-labels';

/** One number or SIP address of a contact, as its click-to-call button shows it. */
export interface CallTarget {
  key: string;
  kind: 'phone' | 'sip';
  /** "Mobile", "Work", "SIP". */
  label: string;
  display: string;
  /** The phone number as the contact holds it (E.164 when main could read it), for blocking; null for SIP. */
  number: string | null;
  /** What calls:dial gets; null when it cannot be called, and `problem` says why. */
  target: DialTarget | null;
  problem: string | null;
}

function phoneTargets(contact: Contact, country: string): CallTarget[] {
  return contact.phones.map((phone, index) => {
    const checked = toDialTarget(phone.e164 ?? phone.number, country);
    return {
      key: `phone-${index}`,
      kind: 'phone',
      label: phoneLabelText(phone.label),
      display: formatPhoneForDisplay(phone.e164 ?? phone.number, country),
      number: phone.e164 ?? phone.number,
      target: checked.ok ? checked.target : null,
      problem: checked.ok ? null : dialProblemText(checked),
    };
  });
}

function sipTargets(contact: Contact, country: string): CallTarget[] {
  return contact.sipAddresses.map((address, index) => {
    const uri = /^sips?:/i.test(address) ? address : `sip:${address}`;
    const checked = toDialTarget(uri, country);
    return {
      key: `sip-${index}`,
      kind: 'sip',
      label: translate('contacts.labelSip'),
      display: address.replace(/^sips?:/i, ''),
      number: null,
      target: checked.ok ? checked.target : null,
      problem: checked.ok ? null : dialProblemText(checked),
    };
  });
}

/** Every way to call a contact: its numbers (as people in `country` write them), then its SIP addresses. */
export function callTargetsOf(contact: Contact, country: string): CallTarget[] {
  return [...phoneTargets(contact, country), ...sipTargets(contact, country)];
}
