import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './app/start-app';
import { BackendMissing } from './features/shell/backend-missing';
import { AppRoot } from './features/shell/app-root';
import { LocalizedApp } from './features/shell/localized-app';
import { I18nProvider } from './i18n/i18n-provider';
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
      <LocalizedApp>
        <AppRoot />
      </LocalizedApp>
    </StrictMode>,
  );
} else {
  root.render(
    <I18nProvider choice="system">
      <BackendMissing />
    </I18nProvider>,
  );
}
