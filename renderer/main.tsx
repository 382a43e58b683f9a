import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './app/start-app';
import { BackendMissing } from './features/shell/backend-missing';
import { AppRoot } from './features/shell/app-root';
import { syncTheme } from './features/shell/theme-sync';
import { hasBridge } from './ipc/bridge';
import './ui/theme.css';
import './ui/base.css';
import './ui/text-area.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

syncTheme();
const root = createRoot(container);

if (hasBridge()) {
  startApp();
  root.render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
} else {
  root.render(<BackendMissing />);
}
