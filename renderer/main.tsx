import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startAudioDevices } from './features/devices/start-audio-devices';
import { BackendMissing } from './features/shell/backend-missing';
import { AppRoot } from './features/shell/app-root';
import { syncTheme } from './features/shell/theme-sync';
import { connectEvents, hasBridge } from './ipc/bridge';
import { useDialerStore } from './stores/dialer/dialer.store';
import { useStartupStore } from './stores/startup/startup.store';
import './ui/theme.css';
import './ui/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** The browser shell's stand-in for a clicked tel:, sip: or callto: link: /dial?uri=tel:+15125550123. */
function linkToOpen(): string | null {
  return window.location.pathname === '/dial' ? new URLSearchParams(window.location.search).get('uri') : null;
}

syncTheme();
const root = createRoot(container);

if (hasBridge()) {
  connectEvents();
  startAudioDevices();
  const link = linkToOpen();
  // After settings have loaded: local numbers are read in the default country. It only fills the dialer.
  void useStartupStore
    .getState()
    .start()
    .then(() => {
      if (link !== null) useDialerStore.getState().fillFromLink(link);
    });
  root.render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
} else {
  root.render(<BackendMissing />);
}
