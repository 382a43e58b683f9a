import type { DialtoneApi, InvokeArgs } from '../../shared/contract/dialtone-api';
import type { EventChannel, EventPayload } from '../../shared/contract/event-channels';
import type { InvokeChannel, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { Result } from '../../shared/result';
import { useAccountsStore } from '../stores/accounts/accounts.store';
import { useCallAudioStore } from '../stores/call-audio/call-audio.store';
import { useCallsStore } from '../stores/calls/calls.store';
import { useContactsStore } from '../stores/contacts/contacts.store';
import { useDialerStore } from '../stores/dialer/dialer.store';
import { useHistoryStore } from '../stores/history/history.store';
import { useRegistrationStore } from '../stores/registration/registration.store';
import { useSettingsStore } from '../stores/settings/settings.store';
import { useSetupStore } from '../stores/setup/setup.store';

declare global {
  interface Window {
    /** Exposed by the preload (desktop) or the browser shell; absent when neither is running. */
    dialtone?: DialtoneApi;
  }
}

// Built here rather than with err() from shared/result, which would pull zod into the bundle.
const unreachable = {
  ok: false,
  error: {
    code: 'internal',
    message: "Dialtone's backend did not answer. Restart Dialtone; if this keeps happening, reinstall it.",
  },
} as const;

function api(): DialtoneApi | undefined {
  return typeof window === 'undefined' ? undefined : window.dialtone;
}

export function hasBridge(): boolean {
  return api() !== undefined;
}

/** Calls the main process; never rejects, every failure comes back as an error Result. */
export async function invoke<C extends InvokeChannel>(
  channel: C,
  ...args: InvokeArgs<C>
): Promise<Result<InvokeOutput<C>>> {
  const bridge = api();
  if (!bridge) return unreachable;
  try {
    return await bridge.invoke(channel, ...args);
  } catch {
    return unreachable;
  }
}

type EventHandlers = { [E in EventChannel]: (payload: EventPayload<E>) => void };

// Typed as a full map so that a new event channel does not compile until it reaches a store.
const eventHandlers: EventHandlers = {
  'settings:changed': (settings) => useSettingsStore.getState().receive(settings),
  'registration:state-changed': (state) => useRegistrationStore.getState().receive(state),
  'accounts:changed': (accounts) => useAccountsStore.getState().receive(accounts),
  'calls:state-changed': (call) => {
    useCallsStore.getState().receive(call);
    useCallAudioStore.getState().follow(call);
  },
  'contacts:changed': () => useContactsStore.getState().changed(),
  'history:changed': (change) => useHistoryStore.getState().receive(change),
  'dialer:fill': (number) => useDialerStore.getState().fill(number),
  'setup:changed': (setup) => useSetupStore.getState().receive(setup),
};

function subscribe<E extends EventChannel>(bridge: DialtoneApi, event: E): () => void {
  return bridge.on(event, eventHandlers[event]);
}

/** Routes every main-process event to its store. Returns a function that stops listening. */
export function connectEvents(): () => void {
  const bridge = api();
  if (!bridge) return () => undefined;
  const channels = Object.keys(eventHandlers) as EventChannel[];
  const unsubscribers = channels.map((event) => subscribe(bridge, event));
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
