import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors as accountSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { selectors, useStartupStore } from '../../stores/startup/startup.store';
import { WizardView } from '../wizard/wizard-view';
import { showsWizard } from '../wizard/wizard-visibility';
import { AppLayout } from './app-layout';
import './full-page-message.css';

/** The first-run wizard instead of the normal layout: on first run, and to resume a setup left half-way. */
function useShowsWizard(): boolean {
  const presence = useSetupStore(setupSelectors.presence);
  const setup = useSetupStore(setupSelectors.setup);
  const accountsLoaded = useAccountsStore(accountSelectors.loaded);
  const accountCount = useAccountsStore((state) => state.accounts.length);
  return showsWizard({ presence, setup, accountsLoaded, accountCount });
}

export function AppRoot() {
  const t = useT();
  const phase = useStartupStore(selectors.phase);
  const setupLoaded = useSetupStore(setupSelectors.loaded);
  const wizard = useShowsWizard();

  // Alongside the start-up loads; a failure leaves the wizard closed and Settings says why.
  useEffect(() => {
    void useSetupStore.getState().load();
  }, []);

  if (phase === 'loading' || !setupLoaded) {
    return (
      <div className="full-page-message" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('shell.loading')}
      </div>
    );
  }
  return wizard ? <WizardView /> : <AppLayout />;
}
