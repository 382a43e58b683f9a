import { create } from 'zustand';
import type { InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { AddTeamMember, RingGroup } from '../../../shared/models/team';
import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Result } from '../../../shared/result';
import { invoke } from '../../ipc/bridge';
import { useSetupStore } from '../setup/setup.store';

/** A request on its way: which one, and for removals and invitations whom. */
export type TeamRequest =
  | { kind: 'add' | 'caller-id' | 'add-group' }
  | { kind: 'remove' | 'invite'; username: string }
  | { kind: 'remove-group'; phoneNumber: string };

/** An invitation main sealed: the code to paste in a message, and the same as a file's text. */
export interface SealedInvitation {
  username: string;
  code: string;
  file: string;
}

export interface TeamStoreState {
  pending: TeamRequest | null;
  /** Twilio refused the last change (nothing changed). */
  problem: TwilioProblem | null;
  /** Main refused the last request, in words that say what to change. */
  requestError: string | null;
  invitation: SealedInvitation | null;
}

export interface TeamActions {
  /** True once the person is in the team. */
  addMember(input: AddTeamMember): Promise<boolean>;
  removeMember(username: string): Promise<boolean>;
  setDefaultCallerId(phoneNumber: string | null): Promise<boolean>;
  /** True once the group's number rings its members. */
  addRingGroup(group: RingGroup): Promise<boolean>;
  removeRingGroup(phoneNumber: string): Promise<boolean>;
  /** Seals the person's line with the passphrase; `invitation` holds it until forgotten. */
  invite(input: { username: string; inviterName: string; passphrase: string }): Promise<boolean>;
  forgetInvitation(): void;
}

export const initialTeamState: TeamStoreState = { pending: null, problem: null, requestError: null, invitation: null };

type Store = TeamStoreState & TeamActions;

/** The people sharing the line; the team itself is part of the setup state, which every answer brings. */
export const useTeamStore = create<Store>()((set, get) => {
  async function run(request: TeamRequest, send: () => Promise<Result<InvokeOutput<'team:add-member'>>>) {
    if (get().pending !== null) return false;
    set({ pending: request, problem: null, requestError: null });
    const result = await send();
    if (!result.ok) {
      set({ pending: null, requestError: result.error.message });
      return false;
    }
    useSetupStore.getState().receive(result.value.setup);
    set({ pending: null, problem: result.value.problem });
    return result.value.problem === null;
  }

  return {
    ...initialTeamState,
    addMember: (input) => run({ kind: 'add' }, () => invoke('team:add-member', input)),
    removeMember: (username) => run({ kind: 'remove', username }, () => invoke('team:remove-member', { username })),
    setDefaultCallerId: (phoneNumber) =>
      run({ kind: 'caller-id' }, () => invoke('team:set-default-caller-id', { phoneNumber })),
    addRingGroup: (group) => run({ kind: 'add-group' }, () => invoke('team:add-ring-group', group)),
    removeRingGroup: (phoneNumber) =>
      run({ kind: 'remove-group', phoneNumber }, () => invoke('team:remove-ring-group', { phoneNumber })),
    async invite(input) {
      if (get().pending !== null) return false;
      set({ pending: { kind: 'invite', username: input.username }, requestError: null, invitation: null });
      const result = await invoke('team:export-invitation', input);
      if (!result.ok) {
        set({ pending: null, requestError: result.error.message });
        return false;
      }
      set({ pending: null, invitation: { username: input.username, ...result.value } });
      return true;
    },
    forgetInvitation: () => set({ invitation: null, requestError: null }),
  };
});

export const selectors = {
  pending: (state: Store) => state.pending,
  problem: (state: Store) => state.problem,
  requestError: (state: Store) => state.requestError,
  addMember: (state: Store) => state.addMember,
  removeMember: (state: Store) => state.removeMember,
  setDefaultCallerId: (state: Store) => state.setDefaultCallerId,
  addRingGroup: (state: Store) => state.addRingGroup,
  removeRingGroup: (state: Store) => state.removeRingGroup,
  invitation: (state: Store) => state.invitation,
  invite: (state: Store) => state.invite,
  forgetInvitation: (state: Store) => state.forgetInvitation,
};
