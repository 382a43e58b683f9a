import type { Contact, ContactDraft } from '../../../shared/models/contact';
import { invoke } from '../../ipc/bridge';
import { busy, failed, idle, type ChangeStatus, type ContactsSliceCreator } from './contacts-store-types';

/** The add or edit form: which contact (null for a new one) and what the form starts with. */
export interface ContactEditor {
  id: string | null;
  initial: ContactDraft;
}

export interface ContactDetailState {
  selectedId: string | null;
  /** The open contact, once contacts:get has answered. */
  selected: Contact | null;
  detailError: string | null;
  editor: ContactEditor | null;
  saveStatus: ChangeStatus;
  removeStatus: ChangeStatus;
}

export interface ContactDetailActions {
  /** Opens a contact in the detail pane (null closes it). */
  select(id: string | null): Promise<void>;
  /** Loads the open contact again; closes it when it is gone. */
  refreshSelected(): Promise<void>;
  /** Opens the form for a new contact, with what is already known (a number from the history, say). */
  startNew(prefill?: Partial<ContactDraft>): void;
  startEdit(contact: Contact): void;
  closeEditor(): void;
  /** Saves the form; resolves to the saved contact, or null when main refused (saveStatus says why). */
  save(draft: ContactDraft): Promise<Contact | null>;
  remove(id: string): Promise<boolean>;
  setFavourite(contact: Contact, favourite: boolean): Promise<void>;
}

export type ContactDetailSlice = ContactDetailState & ContactDetailActions;

export const initialContactDetailState: ContactDetailState = {
  selectedId: null,
  selected: null,
  detailError: null,
  editor: null,
  saveStatus: idle,
  removeStatus: idle,
};

export const emptyDraft: ContactDraft = {
  name: '',
  organisation: '',
  phones: [],
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
};

/** What the form edits: a saved contact without its id and normalised numbers. */
export function draftOf(contact: Contact): ContactDraft {
  return {
    name: contact.name,
    organisation: contact.organisation,
    phones: contact.phones.map(({ label, number }) => ({ label, number })),
    sipAddresses: [...contact.sipAddresses],
    emails: [...contact.emails],
    notes: contact.notes,
    favourite: contact.favourite,
  };
}

export const createContactDetailSlice: ContactsSliceCreator<ContactDetailSlice> = (set, get) => {
  async function put(id: string | null, draft: ContactDraft) {
    return invoke('contacts:save', id ? { id, contact: draft } : { contact: draft });
  }

  return {
    ...initialContactDetailState,

    async select(id) {
      set({
        selectedId: id,
        detailError: null,
        removeStatus: idle,
        selected: id && get().selected?.id === id ? get().selected : null,
      });
      if (!id) return;
      const result = await invoke('contacts:get', { id });
      if (get().selectedId !== id) return;
      if (result.ok) set({ selected: result.value, detailError: null });
      else set({ selected: null, detailError: result.error.message });
    },

    async refreshSelected() {
      const id = get().selectedId;
      if (!id) return;
      const result = await invoke('contacts:get', { id });
      if (get().selectedId !== id) return;
      if (result.ok) set({ selected: result.value });
      else if (result.error.code === 'not-found') set({ selectedId: null, selected: null });
    },

    startNew(prefill = {}) {
      set({ editor: { id: null, initial: { ...emptyDraft, ...prefill } }, saveStatus: idle });
    },

    startEdit(contact) {
      set({ editor: { id: contact.id, initial: draftOf(contact) }, saveStatus: idle });
    },

    closeEditor() {
      set({ editor: null, saveStatus: idle });
    },

    async save(draft) {
      const editor = get().editor;
      set({ saveStatus: busy });
      const result = await put(editor?.id ?? null, draft);
      if (!result.ok) {
        set({ saveStatus: failed(result.error.message) });
        return null;
      }
      set({ editor: null, saveStatus: idle, selectedId: result.value.id, selected: result.value });
      void get().reloadList();
      return result.value;
    },

    async remove(id) {
      set({ removeStatus: busy });
      const result = await invoke('contacts:remove', { id });
      if (!result.ok) {
        set({ removeStatus: failed(result.error.message) });
        return false;
      }
      set((state) => ({
        removeStatus: idle,
        ...(state.selectedId === id ? { selectedId: null, selected: null } : {}),
      }));
      void get().reloadList();
      return true;
    },

    async setFavourite(contact, favourite) {
      set({ selected: { ...contact, favourite }, detailError: null });
      const result = await put(contact.id, { ...draftOf(contact), favourite });
      if (get().selectedId !== contact.id) return;
      if (result.ok) set({ selected: result.value });
      else set({ selected: contact, detailError: result.error.message });
      void get().reloadList();
    },
  };
};
