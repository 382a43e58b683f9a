import { selectors, useStartupStore } from '../../stores/startup/startup.store';
import { AppLayout } from './app-layout';
import './full-page-message.css';

export function AppRoot() {
  const phase = useStartupStore(selectors.phase);
  if (phase === 'loading') {
    return (
      <div className="full-page-message" role="status">
        <span className="loading-spinner" aria-hidden="true" />
        Loading Dialtone…
      </div>
    );
  }
  return <AppLayout />;
}
