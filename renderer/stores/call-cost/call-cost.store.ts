import { create } from 'zustand';
import type { CallCost, MonthCost } from '../../../shared/models/call-price';
import { invoke } from '../../ipc/bridge';

export interface CallCostState {
  /** History rows' costs by row id, as main last said. */
  costs: Readonly<Record<string, CallCost>>;
  /** This month's total per currency; null before it is known. */
  monthCost: MonthCost | null;
}

export interface CallCostActions {
  /** Asks main for a row's cost (main stores it once priced, and asks Twilio at most every 30 s until then). */
  costOf(id: string): Promise<void>;
  loadMonthCost(): Promise<void>;
}

/** A row still "pending" asks again after this long. */
export const pendingRetryMs = 30_000;

export const initialCallCostState: CallCostState = { costs: {}, monthCost: null };

export const useCallCostStore = create<CallCostState & CallCostActions>()((set, get) => ({
  ...initialCallCostState,
  async costOf(id) {
    const result = await invoke('history:call-cost', { id });
    if (!result.ok) return;
    const before = get().costs[id];
    set((state) => ({ costs: { ...state.costs, [id]: result.value } }));
    if (result.value.kind === 'priced' && before?.kind !== 'priced') void get().loadMonthCost();
  },
  async loadMonthCost() {
    const result = await invoke('history:month-cost');
    if (result.ok) set({ monthCost: result.value });
  },
}));

export const selectors = {
  costOf: (id: string) => (state: CallCostState) => state.costs[id] ?? null,
  monthCost: (state: CallCostState) => state.monthCost,
};
