import type { EventChannel, EventPayload } from '../../shared/contract/event-channels';
import { inPersonsLanguage } from '../i18n/words-text';
import { onEvent } from '../ipc/bridge';
import { useAccountsStore } from '../stores/accounts/accounts.store';
import { useAppUpdateStore } from '../stores/app-update/app-update.store';
import { useCallAudioStore } from '../stores/call-audio/call-audio.store';
import { useCallsStore } from '../stores/calls/calls.store';
import { useContactsStore } from '../stores/contacts/contacts.store';
import { useDialerStore } from '../stores/dialer/dialer.store';
import { useDialerPeopleStore } from '../stores/dialer-people/dialer-people.store';
import { openInboxTarget } from '../features/inbox/open-inbox-target';
import { showPageInboxNotification } from '../features/inbox/page-inbox-notification';
import { selectors as appInfoSelectors, useAppInfoStore } from '../stores/app-info/app-info.store';
import { useHistoryStore } from '../stores/history/history.store';
import { useInboxStatusStore } from '../stores/inbox/inbox-status.store';
import { useMessagesStore } from '../stores/messages/messages.store';
import { useVoicemailStore } from '../stores/voicemail/voicemail.store';
import { useRegistrationStore } from '../stores/registration/registration.store';
import { useSettingsStore } from '../stores/settings/settings.store';
import { useSetupStore } from '../stores/setup/setup.store';
import { useOfficeTrunkStore } from '../stores/office/office-trunk.store';

type EventRoutes = { [E in EventChannel]: (payload: EventPayload<E>) => void };

// Typed as a full map so that a new event channel does not compile until it reaches a store.
const eventRoutes: EventRoutes = {
  'settings:changed': (settings) => useSettingsStore.getState().receive(settings),
  'updates:changed': (update) => useAppUpdateStore.getState().receive(update),
  'registration:state-changed': (state) => useRegistrationStore.getState().receive(state),
  'accounts:changed': (accounts) => useAccountsStore.getState().receive(accounts),
  'calls:state-changed': (call) => {
    useCallsStore.getState().receive(call);
    useCallAudioStore.getState().follow(call);
  },
  'contacts:changed': () => {
    useContactsStore.getState().changed();
    useDialerPeopleStore.getState().reloadIfLoaded();
  },
  'history:changed': (change) => {
    useHistoryStore.getState().receive(change);
    useDialerPeopleStore.getState().reloadIfLoaded();
  },
  'dialer:open-link': ({ uri }) => useDialerStore.getState().fillFromLink(uri),
  'dialer:quick-dial-failed': ({ error }) => useDialerStore.getState().sayProblem(inPersonsLanguage(error).message),
  'setup:changed': (setup) => useSetupStore.getState().receive(setup),
  'office:changed': (office) => useOfficeTrunkStore.getState().receive(office),
  'voicemail:changed': (change) => useVoicemailStore.getState().receive(change),
  'messages:changed': (change) => useMessagesStore.getState().receive(change),
  'inbox:status-changed': (status) => useInboxStatusStore.getState().receive(status),
  'inbox:arrived': (arrival) => {
    // The desktop app's main process raises these; only the browser shell's page does it itself.
    if (appInfoSelectors.pageRaisesNotifications(useAppInfoStore.getState())) {
      showPageInboxNotification(arrival, openInboxTarget);
    }
  },
  'inbox:open': openInboxTarget,
};

function route<E extends EventChannel>(event: E): () => void {
  return onEvent(event, eventRoutes[event]);
}

/** Routes every main-process event to its store. Returns a function that stops listening. */
export function routeEvents(): () => void {
  const stops = (Object.keys(eventRoutes) as EventChannel[]).map(route);
  return () => stops.forEach((stop) => stop());
}
