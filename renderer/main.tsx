import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startAudioDevices } from './features/devices/start-audio-devices';
import { BackendMissing } from './features/shell/backend-missing';
import { AppRoot } from './features/shell/app-root';
import { syncTheme } from './features/shell/theme-sync';
import { connectEvents, hasBridge } from './ipc/bridge';
import { useStartupStore } from './stores/startup/startup.store';
import './ui/theme.css';
import './ui/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

syncTheme();
const root = createRoot(container);

if (hasBridge()) {
  connectEvents();
  startAudioDevices();
  void useStartupStore.getState().start();
  root.render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
} else {
  root.render(<BackendMissing />);
}
