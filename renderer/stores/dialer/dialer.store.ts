import { create } from 'zustand';
import { parsePhoneLink } from '../../../shared/phone/phone-link';
import { cleanPastedNumber, formatAsYouType, toDialTarget, type DialTarget } from '../../../shared/phone/phone-number';
import { selectors as accountSelectors, useAccountsStore } from '../accounts/accounts.store';
import { useCallsStore } from '../calls/calls.store';
import { useNavigationStore } from '../navigation/navigation.store';
import { countryOf, useSettingsStore } from '../settings/settings.store';
import { translate } from '../../i18n/translate';
import { phoneLinkProblemText } from '../../i18n/phone-link-text';

export interface DialedNumber {
  target: DialTarget;
  display: string;
}

/** A number or address to show in the field: what to call and how to write it. */
export interface ShownNumber {
  target: string;
  display: string;
}

export interface DialerState {
  /** What the number field shows, formatted as typed. */
  input: string;
  /** The last number a call went out to, for Redial. */
  lastDialed: DialedNumber | null;
  /** A call request is on its way to main; Call stays disabled meanwhile. */
  placing: boolean;
  /** The number field should take focus (after a link or a contact filled it); the field clears it. */
  focusPending: boolean;
  /** What needs saying under the field: a link's extension to type later, or why a link or a quick dial failed. */
  notice: DialerNotice | null;
}

export interface DialerNotice {
  kind: 'note' | 'problem';
  text: string;
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
  /** Shows a number or SIP address in the dialer and focuses it, without calling. */
  fill(number: ShownNumber): void;
  /** A tel:, sip: or callto: link: fills the dialer with what it names, or says why it cannot; never dials. */
  fillFromLink(uri: string): void;
  /** Shows the dialer with why something it was asked to dial (redial from the tray, say) could not be. */
  sayProblem(text: string): void;
  /** Click-to-call (a contact's number, Call back): fills the dialer and places the call. */
  callNow(number: DialedNumber): Promise<void>;
  /** The number field has taken focus. */
  focusTaken(): void;
}

export const initialDialerState: DialerState = {
  input: '',
  lastDialed: null,
  placing: false,
  focusPending: false,
  notice: null,
};

/** The default country from Settings: how numbers without a + are read. */
export function dialCountry(): string {
  return countryOf(useSettingsStore.getState());
}

type Store = DialerState & DialerActions;

/** What the field shows for a target: the display text when it reads back as the same target. */
export function fieldTextFor(number: ShownNumber, country: string): string {
  const display = toDialTarget(number.display, country);
  if (display.ok && display.target === number.target) return number.display;
  const target = toDialTarget(number.target, country);
  return target.ok ? target.display : number.target;
}

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

  function show(input: string, notice: DialerNotice | null) {
    set({ input, notice, focusPending: true });
    useNavigationStore.getState().navigate('dialer');
  }

  return {
    ...initialDialerState,

    setInput(text, format = true) {
      set({ input: format ? formatAsYouType(text, dialCountry()) : text, notice: null });
    },

    press(key) {
      set((state) => ({ input: formatAsYouType(state.input + key, dialCountry()), notice: null }));
    },

    paste(text) {
      set({ input: cleanPastedNumber(text, dialCountry()), notice: null });
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

    clear: () => set({ input: '', notice: null }),

    async call() {
      const result = toDialTarget(get().input, dialCountry(), accountSelectors.lineDomain(useAccountsStore.getState()));
      if (!result.ok) return;
      await place({ target: result.target, display: result.display }, true);
    },

    async redial() {
      const { lastDialed } = get();
      if (lastDialed) await place(lastDialed, false);
    },

    fill(number) {
      show(fieldTextFor(number, dialCountry()), null);
    },

    fillFromLink(uri) {
      const link = parsePhoneLink(uri, dialCountry());
      if (!link.ok)
        return show(get().input, {
          kind: 'problem',
          text: translate('common.linkNotCallable', { problem: phoneLinkProblemText(link.problems) }),
        });
      const text = fieldTextFor({ target: link.target, display: link.display }, dialCountry());
      const note = link.extension
        ? {
            kind: 'note' as const,
            text: translate('common.linkExtension', { extension: link.extension }),
          }
        : null;
      show(text, note);
    },

    sayProblem(text) {
      show(get().input, { kind: 'problem', text });
    },

    async callNow(number) {
      show(fieldTextFor(number, dialCountry()), null);
      await place(number, true);
    },

    focusTaken: () => set({ focusPending: false }),
  };
});

export const selectors = {
  input: (state: Store) => state.input,
  lastDialed: (state: Store) => state.lastDialed,
  placing: (state: Store) => state.placing,
  focusPending: (state: Store) => state.focusPending,
  notice: (state: Store) => state.notice,
};
