import { useT } from '../../i18n/use-t';
import { selectors as accountsSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors as registrationSelectors, useRegistrationStore } from '../../stores/registration/registration.store';
import { selectors as settingsSelectors, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors as startupSelectors, useStartupStore } from '../../stores/startup/startup.store';

/** Anything that failed to load at startup, in main's own words, with one way to try again. */
export function LoadErrorBanner() {
  const t = useT();
  const errors = [
    useAppInfoStore(appInfoSelectors.loadError),
    useSettingsStore(settingsSelectors.loadError),
    useAccountsStore(accountsSelectors.loadError),
    useRegistrationStore(registrationSelectors.loadError),
  ];
  const start = useStartupStore(startupSelectors.start);
  const messages = [...new Set(errors.filter((message) => message !== null))];
  if (messages.length === 0) return null;

  return (
    <div className="load-error-banner" role="alert">
      <div className="load-error-banner__messages">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      <button type="button" className="button" onClick={() => void start()}>
        {t('shell.tryAgain')}
      </button>
    </div>
  );
}
