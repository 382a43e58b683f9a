import type { StateCreator } from 'zustand';
import type { ContactDetailSlice } from './contact-detail.slice';
import type { ContactsImportSlice } from './contacts-import.slice';
import type { ContactsListSlice } from './contacts-list.slice';
import type { ContactsMergeSlice } from './contacts-merge.slice';

/** A save, removal, merge or export in progress or refused; the message comes from main and says what to fix. */
export type ChangeStatus = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; message: string };

export const idle: ChangeStatus = { status: 'idle' };
export const busy: ChangeStatus = { status: 'busy' };
export const failed = (message: string): ChangeStatus => ({ status: 'failed', message });

export interface ContactsEvents {
  /** contacts:changed: reloads what is on screen (rows, the open contact, merge suggestions). */
  changed(): void;
}

export type ContactsStore = ContactsListSlice &
  ContactDetailSlice &
  ContactsMergeSlice &
  ContactsImportSlice &
  ContactsEvents;

/** One part of the contacts store (lobe-chat's slices): its own state and actions, seeing the whole store. */
export type ContactsSliceCreator<Slice> = StateCreator<ContactsStore, [], [], Slice>;
