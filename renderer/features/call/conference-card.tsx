import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { CallSnapshot } from '../../../shared/models/call';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { HangUpIcon, MicrophoneIcon, PauseIcon } from '../../ui/icons';
import { describeCallState, describeRemote } from './call-text';
import { CallTimer } from './call-timer';
import { CallLevelMeters } from './level-meter';
import './call-list.css';
import './conference-card.css';

/**
 * The 3-way call: both parties, each with Split (talk to them alone) and Hang up, and the controls
 * that act on the whole call: Mute (the person, to both), Hold (both) and End (both).
 */
export function ConferenceCard({ call, partner }: { call: CallSnapshot; partner: CallSnapshot }) {
  const t = useT();
  const titleId = useId();
  const country = useSettingsStore(countryOf);
  const error = useCallsStore(selectors.errorFor('merge', 'hang-up', 'hold', 'mute'));
  const { setMuted, setHold, hangUp, split } = useCallsStore.getState();
  const parties = [call, partner];
  const since = Math.min(...parties.map((party) => party.answeredAt ?? party.startedAt));
  const names = parties.map((party) => describeRemote(party, country).primary);

  return (
    <section className="call-card conference-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="call-card__name">
        {t('call.threeWayCall')}
      </h2>
      <p className="call-card__state">
        <span>{t(call.onHold ? 'call.stateOnHold' : 'call.everyoneHears')}</span>
        <CallTimer since={since} />
        {call.muted && <span className="call-card__muted">{t('call.muted')}</span>}
      </p>
      <ul className="conference-card__parties" aria-label={t('call.peopleInCall')}>
        {parties.map((party, index) => (
          <li key={party.id} className="conference-card__party">
            <div className="conference-card__who">
              <span className="conference-card__name">{names[index]}</span>
              <span className="conference-card__state">{describeCallState(party)}</span>
            </div>
            <div className="conference-card__actions">
              <button type="button" className="call-list__button" onClick={() => void split(party.id)}>
                {t('call.split')}
                <span className="call-sr-only">{t('call.splitHidden', { name: names[index] })}</span>
              </button>
              <button
                type="button"
                className="call-list__button call-list__button--hang-up"
                onClick={() => void hangUp(party.id)}
              >
                {t('call.hangUp')}
                <span className="call-sr-only"> {names[index]}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <CallLevelMeters />
      <div className="call-controls">
        <button
          type="button"
          className="call-controls__button"
          aria-pressed={call.muted}
          title={t(call.muted ? 'call.unmuteBothTitle' : 'call.muteBothTitle')}
          onClick={() => void setMuted(call.id, !call.muted)}
        >
          <MicrophoneIcon off={call.muted} />
          {t('call.mute')}
        </button>
        <button
          type="button"
          className="call-controls__button"
          aria-pressed={call.onHold}
          title={t(call.onHold ? 'call.resumeBothTitle' : 'call.holdBothTitle')}
          onClick={() => void setHold(call.id, !call.onHold)}
        >
          <PauseIcon />
          {t('call.hold')}
        </button>
        <button
          type="button"
          className="call-controls__button call-controls__button--hang-up"
          title={t('call.endCallTitle')}
          onClick={() => void Promise.all(parties.map((party) => hangUp(party.id)))}
        >
          <HangUpIcon />
          {t('call.endCall')}
        </button>
      </div>
      {error && (error.callId === call.id || error.callId === partner.id) && (
        <p className="call-card__problem" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
