import { create } from 'zustand';
import type { CallPriceAnswer } from '../../../shared/models/call-price';
import { invoke } from '../../ipc/bridge';

export interface CallPriceState {
  /** What is priced now: the number (E.164) the dialer holds and the line that would dial it; null for nothing. */
  asked: string | null;
  /** Main's answer for `number`; null while it is being asked (or typing has not paused yet). */
  answer: CallPriceAnswer | null;
}

export interface CallPriceActions {
  /**
   * The dialer's number (or the line dialling, `lineId`: the price is the Twilio line's, none on another account)
   * changed: asks main once typing pauses, for the last number only.
   */
  priceOf(number: string | null, lineId: string | null): void;
}

/** Long enough that typing a number digit by digit asks once, short enough to show before Call is pressed. */
export const priceDebounceMs = 400;

export const initialCallPriceState: CallPriceState = { asked: null, answer: null };

let timer: ReturnType<typeof setTimeout> | null = null;

export const useCallPriceStore = create<CallPriceState & CallPriceActions>()((set, get) => ({
  ...initialCallPriceState,
  priceOf(number, lineId) {
    const asked = number === null ? null : `${lineId ?? '-'} ${number}`;
    if (asked === get().asked) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    set({ asked, answer: null });
    if (number === null) return;
    timer = setTimeout(() => {
      timer = null;
      void invoke('calls:price-per-minute', { number }).then((result) => {
        // A later number may have taken its place meanwhile: that one's answer is the one to show.
        if (get().asked !== asked) return;
        set({ answer: result.ok ? result.value : { kind: 'unavailable' } });
      });
    }, priceDebounceMs);
  },
}));

export const selectors = {
  answer: (state: CallPriceState) => state.answer,
};
