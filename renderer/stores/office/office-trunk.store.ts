import { create } from 'zustand';
import type {
  OfficeConfigFile,
  OfficeConfigFileName,
  OfficeTrunkInput,
  OfficeTrunkRemoval,
  OfficeTrunkState,
} from '../../../shared/models/office-trunk';
import type { Result } from '../../../shared/result';
import { invoke } from '../../ipc/bridge';

/*
 * The office phone system: an Elastic SIP trunk for the person's PBX, on the Twilio account the phone-line setup
 * connected. Main holds the trunk and its passwords; this store holds main's state (file previews with
 * placeholders) and never keeps a file with a real password in it.
 */

export type OfficeRequest = 'load' | 'provision' | 'save' | 'remove';

export interface OfficeTrunkStoreState {
  office: OfficeTrunkState | null;
  pending: OfficeRequest | null;
  /** A request main refused or could not answer (Twilio's own failures are in office.problem). */
  requestError: string | null;
  /** What the last removal did; null before one. */
  removal: OfficeTrunkRemoval | null;
}

export interface OfficeTrunkActions {
  load(): Promise<void>;
  /** office:changed, or any answer that carries the whole state. */
  receive(office: OfficeTrunkState): void;
  /** true once main answered (the trunk ready, or its problem in office.problem). */
  provision(input: OfficeTrunkInput): Promise<boolean>;
  /** The file with its real passwords, for the caller to save at once; null when main refused (requestError). */
  fileToSave(fileName: OfficeConfigFileName): Promise<OfficeConfigFile | null>;
  remove(): Promise<void>;
}

export const initialOfficeTrunkState: OfficeTrunkStoreState = {
  office: null,
  pending: null,
  requestError: null,
  removal: null,
};

type Store = OfficeTrunkStoreState & OfficeTrunkActions;

export const useOfficeTrunkStore = create<Store>()((set, get) => {
  /** Main's state, unless a newer one is already here: an answer can arrive after office:changed overtook it. */
  const newest = (incoming: OfficeTrunkState): OfficeTrunkState => {
    const shown = get().office;
    return shown !== null && shown.revision > incoming.revision ? shown : incoming;
  };

  async function run<T>(request: OfficeRequest, send: () => Promise<Result<T>>): Promise<Result<T> | null> {
    if (get().pending !== null) return null;
    set({ pending: request, requestError: null });
    const result = await send();
    set({ pending: null, requestError: result.ok ? null : result.error.message });
    return result;
  }

  return {
    ...initialOfficeTrunkState,

    async load() {
      const result = await run('load', () => invoke('office:get'));
      if (result?.ok) set({ office: newest(result.value) });
    },

    receive: (office) => set({ office: newest(office) }),

    async provision(input) {
      set({ removal: null });
      const result = await run('provision', () => invoke('office:provision', input));
      if (result?.ok) set({ office: newest(result.value) });
      return result?.ok ?? false;
    },

    async fileToSave(fileName) {
      const result = await run('save', () => invoke('office:file-to-save', { fileName }));
      return result?.ok ? result.value : null;
    },

    async remove() {
      const result = await run('remove', () => invoke('office:remove'));
      if (result?.ok) {
        set({ removal: result.value });
        await get().load();
      }
    },
  };
});

export const selectors = {
  office: (state: Store) => state.office,
  pending: (state: Store) => state.pending,
  requestError: (state: Store) => state.requestError,
  removal: (state: Store) => state.removal,
  /** A trunk exists (or was begun) on Twilio. */
  hasTrunk: (state: Store) => state.office?.input != null,
};
