import { create } from 'zustand';
import { cleanPastedNumber, formatAsYouType, toDialTarget, type DialTarget } from '../../../shared/phone/phone-number';
import { useCallsStore } from '../calls/calls.store';
import { useSettingsStore } from '../settings/settings.store';

export interface DialedNumber {
  target: DialTarget;
  display: string;
}

export interface DialerState {
  /** What the number field shows, formatted as typed. */
  input: string;
  /** The last number a call went out to, for Redial. */
  lastDialed: DialedNumber | null;
  /** A call request is on its way to main; Call stays disabled meanwhile. */
  placing: boolean;
}

export interface DialerActions {
  /** The field's text as edited; `format` is false while the caret is not at the end. */
  setInput(text: string, format?: boolean): void;
  /** A keypad key or a typed digit, added at the end. */
  press(key: string): void;
  /** Replaces the field with pasted text, tidied (tel: links, dots, line breaks). */
  paste(text: string): void;
  backspace(): void;
  clear(): void;
  /** Calls what the field holds; clears it and remembers it for Redial once main accepts it. */
  call(): Promise<void>;
  redial(): Promise<void>;
}

export const initialDialerState: DialerState = { input: '', lastDialed: null, placing: false };

/** The default country from Settings: how numbers without a + are read. */
export function dialCountry(): string {
  return useSettingsStore.getState().settings?.defaultCountry ?? 'US';
}

type Store = DialerState & DialerActions;

export const useDialerStore = create<Store>()((set, get) => {
  async function place(number: DialedNumber, clearField: boolean) {
    if (get().placing) return;
    set({ placing: true });
    const placed = await useCallsStore.getState().dial(number.target);
    set((state) => ({
      placing: false,
      lastDialed: placed ? number : state.lastDialed,
      input: placed && clearField ? '' : state.input,
    }));
  }

  return {
    ...initialDialerState,

    setInput(text, format = true) {
      set({ input: format ? formatAsYouType(text, dialCountry()) : text });
    },

    press(key) {
      set((state) => ({ input: formatAsYouType(state.input + key, dialCountry()) }));
    },

    paste(text) {
      set({ input: cleanPastedNumber(text, dialCountry()) });
    },

    backspace() {
      set((state) => {
        // Drop the last digit together with any formatting after it, then format again.
        const trimmed = state.input
          .replace(/[\s().\-/]+$/, '')
          .slice(0, -1)
          .replace(/[\s(.\-/]+$/, '');
        return { input: formatAsYouType(trimmed, dialCountry()) };
      });
    },

    clear: () => set({ input: '' }),

    async call() {
      const result = toDialTarget(get().input, dialCountry());
      if (!result.ok) return;
      await place({ target: result.target, display: result.display }, true);
    },

    async redial() {
      const { lastDialed } = get();
      if (lastDialed) await place(lastDialed, false);
    },
  };
});

export const selectors = {
  input: (state: Store) => state.input,
  lastDialed: (state: Store) => state.lastDialed,
  placing: (state: Store) => state.placing,
};
