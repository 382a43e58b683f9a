import { useId } from 'react';
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
        3-way call
      </h2>
      <p className="call-card__state">
        <span>{call.onHold ? 'On hold' : 'Everyone hears each other'}</span>
        <CallTimer since={since} />
        {call.muted && <span className="call-card__muted">Muted</span>}
      </p>
      <ul className="conference-card__parties" aria-label="People in the call">
        {parties.map((party, index) => (
          <li key={party.id} className="conference-card__party">
            <div className="conference-card__who">
              <span className="conference-card__name">{names[index]}</span>
              <span className="conference-card__state">{describeCallState(party)}</span>
            </div>
            <div className="conference-card__actions">
              <button type="button" className="call-list__button" onClick={() => void split(party.id)}>
                Split<span className="call-sr-only">: talk to {names[index]} alone</span>
              </button>
              <button
                type="button"
                className="call-list__button call-list__button--hang-up"
                onClick={() => void hangUp(party.id)}
              >
                Hang up<span className="call-sr-only"> {names[index]}</span>
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
          title={call.muted ? 'Unmute your microphone for both' : 'Mute your microphone for both'}
          onClick={() => void setMuted(call.id, !call.muted)}
        >
          <MicrophoneIcon off={call.muted} />
          Mute
        </button>
        <button
          type="button"
          className="call-controls__button"
          aria-pressed={call.onHold}
          title={call.onHold ? 'Take both off hold' : 'Put both on hold'}
          onClick={() => void setHold(call.id, !call.onHold)}
        >
          <PauseIcon />
          Hold
        </button>
        <button
          type="button"
          className="call-controls__button call-controls__button--hang-up"
          title="Hang up on both"
          onClick={() => void Promise.all(parties.map((party) => hangUp(party.id)))}
        >
          <HangUpIcon />
          End call
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
