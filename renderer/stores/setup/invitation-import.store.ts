import { create } from 'zustand';
import type { ImportedInvitation, InvitationImportInput } from '../../../shared/models/line-invitation';
import { invoke } from '../../ipc/bridge';

/*
 * The wizard's "I was invited" path: an invitation opened and saved by main. Its own store beside setup's:
 * main's setup state (the Twilio account's wizard) has no part in it.
 */

export type InvitationImport =
  | { status: 'idle' }
  | { status: 'importing' }
  | { status: 'imported'; imported: ImportedInvitation }
  | { status: 'failed'; message: string };

export interface InvitationImportState {
  invitation: InvitationImport;
}

export interface InvitationImportActions {
  /** true once main saved the line; a refusal's message says what to do. */
  importInvitation(input: InvitationImportInput): Promise<boolean>;
  /** Back to the welcome screen: nothing of this attempt stays. */
  clear(): void;
}

export const initialInvitationImportState: InvitationImportState = { invitation: { status: 'idle' } };

type Store = InvitationImportState & InvitationImportActions;

export const useInvitationImportStore = create<Store>()((set, get) => ({
  ...initialInvitationImportState,

  async importInvitation(input) {
    if (get().invitation.status === 'importing') return false;
    set({ invitation: { status: 'importing' } });
    const result = await invoke('setup:import-invitation', input);
    set({
      invitation: result.ok
        ? { status: 'imported', imported: result.value }
        : { status: 'failed', message: result.error.message },
    });
    return result.ok;
  },

  clear: () => set(initialInvitationImportState),
}));

export const selectors = {
  importing: (state: Store) => state.invitation.status === 'importing',
  /** What main refused, in its words; null otherwise. */
  failure: (state: Store) => (state.invitation.status === 'failed' ? state.invitation.message : null),
  imported: (state: Store) => (state.invitation.status === 'imported' ? state.invitation.imported : null),
};
