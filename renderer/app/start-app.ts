import { useDialerStore } from '../stores/dialer/dialer.store';
import { useStartupStore } from '../stores/startup/startup.store';
import { routeEvents } from './route-events';
import { startHeadsets } from '../headset/start-headsets';
import { startAudioDevices } from './start-audio-devices';

/** The browser shell's stand-in for a clicked tel:, sip: or callto: link: /dial?uri=tel:+15125550123. */
function linkToOpen(): string | null {
  return window.location.pathname === '/dial' ? new URLSearchParams(window.location.search).get('uri') : null;
}

/**
 * The window's start-up work once a backend answers: main-process events to their stores, audio
 * devices with the ringer and ringback, headset buttons, then the first loads and the link the window was opened with.
 */
export function startApp(): void {
  routeEvents();
  startAudioDevices();
  startHeadsets();
  const link = linkToOpen();
  // After settings have loaded: local numbers are read in the default country. It only fills the dialer.
  void useStartupStore
    .getState()
    .start()
    .then(() => {
      if (link !== null) useDialerStore.getState().fillFromLink(link);
    });
}
