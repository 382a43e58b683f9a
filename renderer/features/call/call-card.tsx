import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { CallSnapshot } from '../../../shared/models/call';
import { selectors as audioSelectors, useCallAudioStore } from '../../stores/call-audio/call-audio.store';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { VerifiedNumberMark } from '../../ui/verified-number-mark';
import { CallControls } from './call-controls';
import { CompleteTransferBar } from './complete-transfer-bar';
import { EndedCallQuality } from './call-quality-panel';
import { describeCallState, describeRemote, formatDuration } from './call-text';
import { CallTimer } from './call-timer';
import { DtmfKeypad } from './dtmf-keypad';
import { CallLevelMeters } from './level-meter';
import { QualityBadge } from './quality-badge';
import { TransferDialog } from './transfer-dialog';
import { TransferStatus } from './transfer-status';

/** The call being shown: who, how long, what it is doing, its controls and how it sounds. */
export function CallCard({ call }: { call: CallSnapshot }) {
  const t = useT();
  const nameId = useId();
  const keypadId = useId();
  const [keypadOpen, setKeypadOpen] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const country = useSettingsStore(countryOf);
  const error = useCallsStore(selectors.errorFor('hang-up', 'hold', 'mute', 'keypad', 'transfer', 'record'));
  const consultation = useCallsStore(selectors.consultation);
  const heldForTransfer = useCallsStore((state) =>
    consultation?.consultationCallId === call.id
      ? state.active.find((other) => other.id === consultation.heldCallId)
      : undefined,
  );
  const audioProblem = useCallAudioStore(audioSelectors.problem(call.id));
  const deviceMove = useDevicesStore(devicesSelectors.callMove);
  const remote = describeRemote(call, country);
  const ended = call.state === 'ended';
  const connected = call.state === 'connected';

  return (
    <section ref={cardRef} className={`call-card${ended ? ' call-card--ended' : ''}`} aria-labelledby={nameId}>
      <h2 id={nameId} className="call-card__name">
        {remote.primary}
      </h2>
      {remote.secondary && <p className="call-card__number">{remote.secondary}</p>}
      {call.callerVerified && (
        <p className="call-card__verified">
          <VerifiedNumberMark />
        </p>
      )}
      <p className="call-card__state">
        <span>{describeCallState(call)}</span>
        {call.answeredAt !== null && !ended && <CallTimer since={call.answeredAt} />}
        {call.answeredAt !== null && ended && call.endedAt !== null && (
          <span className="call-timer">{formatDuration(call.endedAt - call.answeredAt)}</span>
        )}
        {call.muted && !ended && <span className="call-card__muted">{t('call.muted')}</span>}
        {call.recording === 'on' && !ended && <span className="call-card__recording">{t('call.recording')}</span>}
      </p>
      {connected && <QualityBadge callId={call.id} />}
      {!ended && <TransferStatus transfer={call.transfer} country={country} />}
      {heldForTransfer && !ended && <CompleteTransferBar call={call} held={heldForTransfer} country={country} />}
      {ended && <EndedCallQuality callId={call.id} />}
      {call.receivedDtmf !== '' && !ended && (
        <p className="call-card__received-keys">
          {t('call.keysFromOtherSide')} <output className="call-card__keys">{call.receivedDtmf}</output>
        </p>
      )}
      {!ended && (
        <>
          <CallLevelMeters />
          <CallControls
            call={call}
            keypadId={keypadId}
            keypadOpen={keypadOpen && connected}
            onToggleKeypad={() => setKeypadOpen((open) => !open)}
            onTransfer={() => setTransferOpen(true)}
          />
          {keypadOpen && connected && (
            <DtmfKeypad id={keypadId} callId={call.id} onClose={() => setKeypadOpen(false)} />
          )}
          {transferOpen && connected && (
            <TransferDialog
              call={call}
              country={country}
              onClose={() => setTransferOpen(false)}
              fallbackFocus={() => cardRef.current?.querySelector('button') ?? null}
            />
          )}
        </>
      )}
      {deviceMove && !ended && (
        <p className="call-card__device-move" role="status">
          {deviceMove}
        </p>
      )}
      {audioProblem && !ended && (
        <p className="call-card__problem" role="alert">
          {audioProblem}
        </p>
      )}
      {error && error.callId === call.id && (
        <p className="call-card__problem" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
