import type { CallSnapshot } from '../../../shared/models/call';
import { useT } from '../../i18n/use-t';
import { useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { describeCallState, describeRemote } from './call-text';
import './call-list.css';

interface CallListProps {
  calls: CallSnapshot[];
  currentId: string;
}

/** Call waiting: every call in progress, with a way to switch to it, hold or resume it, or end it. */
export function CallList({ calls, currentId }: CallListProps) {
  const t = useT();
  const country = useSettingsStore(countryOf);
  const { switchTo, setHold, hangUp } = useCallsStore.getState();

  return (
    <section className="call-list" aria-label={t('call.callsInProgress')}>
      <h3 className="call-list__title">{t('call.callsCount', { count: calls.length })}</h3>
      <ul className="call-list__items">
        {calls.map((call) => {
          const { primary } = describeRemote(call, country);
          const isCurrent = call.id === currentId;
          const connected = call.state === 'connected';
          return (
            <li key={call.id} className="call-list__item" aria-current={isCurrent ? 'true' : undefined}>
              <div className="call-list__who">
                <span className="call-list__name">{primary}</span>
                <span className="call-list__state">{describeCallState(call)}</span>
              </div>
              <div className="call-list__actions">
                {!isCurrent && connected && (
                  <button type="button" className="call-list__button" onClick={() => void switchTo(call.id)}>
                    {t('call.switch')}
                    <span className="call-sr-only">{t('call.switchHidden', { name: primary })}</span>
                  </button>
                )}
                {isCurrent && connected && (
                  <button
                    type="button"
                    className="call-list__button"
                    onClick={() => void setHold(call.id, !call.onHold)}
                  >
                    {t(call.onHold ? 'call.resume' : 'call.hold')}
                    <span className="call-sr-only"> {primary}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="call-list__button call-list__button--hang-up"
                  onClick={() => void hangUp(call.id)}
                >
                  {t('call.hangUp')}
                  <span className="call-sr-only"> {primary}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
