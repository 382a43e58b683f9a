import { useEffect, useId } from 'react';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ProblemAlert } from '../wizard/problem-alert';
import { routingCheckText, routingSyncText } from './live-at-twilio-text';
import './live-at-twilio-status.css';

/**
 * What is live at Twilio: whether the saved greeting, countries and call handling reached the routing, with
 * Try again when they did not. `withCheck` adds "Check with Twilio", run on opening and on demand.
 */
export function LiveAtTwilioStatus({ withCheck = false }: { withCheck?: boolean }) {
  const id = useId();
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const sync = useSetupStore(selectors.routingSync);
  const check = useSetupStore(selectors.routingCheck);
  const sendRoutingAgain = useSetupStore((state) => state.sendRoutingAgain);
  const checkRouting = useSetupStore((state) => state.checkRouting);

  useEffect(() => {
    if (withCheck && hasLine) void checkRouting();
  }, [withCheck, hasLine, checkRouting]);

  if (!hasLine || !sync) return null;
  const sending = sync.status === 'sending';
  const checking = check?.status === 'checking';
  const differences = withCheck && check?.status === 'done' ? check.differences : [];
  const offerTryAgain = sync.status === 'not-live' || (differences.length > 0 && !sending);

  return (
    <div className={`live-at-twilio live-at-twilio--${sync.status}`}>
      <p className="live-at-twilio__line" role="status">
        {routingSyncText(sync)}
      </p>
      {sync.status === 'not-live' && <ProblemAlert problem={sync.problem} />}
      {withCheck && (
        <p className="live-at-twilio__check" role="status" id={`${id}-check`}>
          {check ? routingCheckText(check) : ''}
        </p>
      )}
      {differences.length > 0 && (
        <ul className="live-at-twilio__differences" aria-labelledby={`${id}-check`}>
          {differences.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
      <div className="live-at-twilio__actions">
        {offerTryAgain && (
          <button type="button" className="button" onClick={() => void sendRoutingAgain()}>
            Try again
          </button>
        )}
        {withCheck && (
          <button
            type="button"
            className="secondary-button"
            aria-disabled={checking || undefined}
            onClick={() => !checking && void checkRouting()}
          >
            Check with Twilio
          </button>
        )}
      </div>
    </div>
  );
}
