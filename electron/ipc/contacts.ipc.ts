import type { ContactService } from '../services/contact-service';
import type { InvokeHandlers } from './contract-router';

type ContactChannels =
  | 'contacts:search'
  | 'contacts:get'
  | 'contacts:save'
  | 'contacts:remove'
  | 'contacts:merge-suggestions'
  | 'contacts:merge'
  | 'contacts:import-preview'
  | 'contacts:import'
  | 'contacts:export-vcard';

export function contactHandlers(contacts: ContactService): Pick<InvokeHandlers, ContactChannels> {
  return {
    'contacts:search': ({ query, offset, limit }) => contacts.search(query, offset, limit),
    'contacts:get': ({ id }) => contacts.get(id),
    'contacts:save': ({ id, contact }) => contacts.save(id, contact),
    'contacts:remove': ({ id }) => (contacts.remove(id), null),
    'contacts:merge-suggestions': () => contacts.mergeSuggestions(),
    'contacts:merge': ({ keepId, mergeId }) => contacts.merge(keepId, mergeId),
    'contacts:import-preview': (input) => contacts.importPreview(input),
    'contacts:import': (input) => contacts.import(input),
    'contacts:export-vcard': () => ({ vcard: contacts.exportVcard() }),
  };
}
