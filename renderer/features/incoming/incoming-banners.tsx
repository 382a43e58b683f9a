import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/use-t';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { IncomingBanner } from './incoming-banner';
import './incoming-banner.css';

/** A banner for every ringing call, over whatever is on screen, also during a call (call waiting). */
export function IncomingBanners() {
  const t = useT();
  const ringing = useCallsStore(useShallow(selectors.ringing));
  const error = useCallsStore(selectors.errorFor('answer', 'decline'));
  if (ringing.length === 0 && !error) return null;
  return (
    <div className="incoming-banners">
      {ringing.map((call) => (
        <IncomingBanner key={call.id} call={call} />
      ))}
      {error && (
        <div className="incoming-banners__error" role="alert">
          <p>{error.message}</p>
          <button
            type="button"
            className="incoming-banner__small-button"
            onClick={() => useCallsStore.getState().clearError()}
          >
            {t('incoming.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
