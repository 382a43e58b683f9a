import { useContactsStore } from '../../stores/contacts/contacts.store';
import { useNavigationStore } from '../../stores/navigation/navigation.store';

/**
 * Opens a new contact form on the Contacts view with a caller filled in: `raw` as the call or
 * voicemail gave it (a SIP address goes in as one), `display` the number as the person reads it.
 */
export function addToContacts(raw: string, display: string): void {
  const isSip = /^sips?:/i.test(raw) || raw.includes('@');
  const prefill = isSip
    ? { sipAddresses: [raw.replace(/^sips?:/i, '').replace(/[;?].*$/, '')] }
    : { phones: [{ label: 'mobile' as const, number: display }] };
  useContactsStore.getState().startNew(prefill);
  useNavigationStore.getState().navigate('contacts');
}
