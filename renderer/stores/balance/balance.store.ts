import { create } from 'zustand';
import type { BalanceAnswer } from '../../../shared/models/call-price';
import { invoke } from '../../ipc/bridge';

export interface BalanceState {
  /** Main's last answer; null before the first one. */
  answer: BalanceAnswer | null;
}

export interface BalanceActions {
  /** Asks main (which keeps Twilio's answer a minute); a failure is an "unavailable" answer, never an error. */
  refresh(): Promise<void>;
}

export const initialBalanceState: BalanceState = { answer: null };

export const useBalanceStore = create<BalanceState & BalanceActions>()((set) => ({
  ...initialBalanceState,
  async refresh() {
    const result = await invoke('billing:get-balance');
    set({ answer: result.ok ? result.value : { kind: 'unavailable' } });
  },
}));

export const selectors = {
  answer: (state: BalanceState) => state.answer,
  /** The balance when it is below `threshold` (null: the warning is off), else null. */
  lowBalance: (threshold: number | null) => (state: BalanceState) =>
    threshold !== null && state.answer?.kind === 'known' && state.answer.balance.amount < threshold
      ? state.answer.balance
      : null,
};
