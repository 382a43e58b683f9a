import { create } from 'zustand';
import type { CallSnapshot } from '../../../shared/models/call';

export interface CallsStoreState {
  /** Calls that have not ended, in the order they started. */
  active: CallSnapshot[];
  /** The most recent call that ended, so the screen can say how it ended. */
  lastEnded: CallSnapshot | null;
}

export interface CallsActions {
  receive(call: CallSnapshot): void;
}

export const initialCallsState: CallsStoreState = { active: [], lastEnded: null };

export const useCallsStore = create<CallsStoreState & CallsActions>()((set) => ({
  ...initialCallsState,

  receive(call) {
    set((state) => {
      const others = state.active.filter((known) => known.id !== call.id);
      if (call.state === 'ended') return { active: others, lastEnded: call };
      const index = state.active.findIndex((known) => known.id === call.id);
      const active =
        index === -1 ? [...others, call] : state.active.map((known) => (known.id === call.id ? call : known));
      return { active };
    });
  },
}));

type Store = CallsStoreState & CallsActions;

export const selectors = {
  active: (state: Store) => state.active,
  ringing: (state: Store) => state.active.filter((call) => call.direction === 'incoming' && call.state === 'ringing'),
  lastEnded: (state: Store) => state.lastEnded,
};
