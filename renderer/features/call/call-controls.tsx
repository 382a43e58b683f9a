import type { CallSnapshot } from '../../../shared/models/call';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { useCallsStore } from '../../stores/calls/calls.store';
import { callShortcutLabel } from '../shell/nav-shortcuts';
import { HangUpIcon, KeypadIcon, MicrophoneIcon, PauseIcon, RecordIcon, TransferIcon } from '../../ui/icons';
import { recordButtonTitle } from './call-text';

interface CallControlsProps {
  call: CallSnapshot;
  keypadId: string;
  keypadOpen: boolean;
  onToggleKeypad(): void;
  onTransfer(): void;
}

/** Mute, Hold, Keypad, Transfer, Record (recording on demand) and Hang up for the call being shown. */
export function CallControls({ call, keypadId, keypadOpen, onToggleKeypad, onTransfer }: CallControlsProps) {
  const t = useT();
  const isMac = useAppInfoStore(appInfoSelectors.isMac);
  const { setMuted, setHold, setRecording, hangUp } = useCallsStore.getState();
  const connected = call.state === 'connected';
  const transferring = call.transfer !== null && call.transfer.phase !== 'failed';
  const recordingOn = call.recording === 'on' || call.recording === 'stopping';
  const recordingBusy = call.recording === 'starting' || call.recording === 'stopping';
  const mute = callShortcutLabel('mute', isMac, t);
  const hangUpKeys = callShortcutLabel('hang-up', isMac, t);

  return (
    <div className="call-controls">
      <button
        type="button"
        className="call-controls__button"
        aria-pressed={call.muted}
        aria-keyshortcuts={mute.aria}
        title={t(call.muted ? 'call.unmuteTitle' : 'call.muteTitle', { keys: mute.text })}
        onClick={() => void setMuted(call.id, !call.muted)}
      >
        <MicrophoneIcon off={call.muted} />
        {t('call.mute')}
      </button>
      <button
        type="button"
        className="call-controls__button"
        aria-pressed={call.onHold}
        disabled={!connected}
        title={t(call.onHold ? 'call.resumeTitle' : 'call.holdTitle')}
        onClick={() => void setHold(call.id, !call.onHold)}
      >
        <PauseIcon />
        {t('call.hold')}
      </button>
      <button
        type="button"
        className="call-controls__button"
        aria-expanded={keypadOpen}
        aria-controls={keypadOpen ? keypadId : undefined}
        disabled={!connected}
        title={t('call.keypadTitle')}
        onClick={onToggleKeypad}
      >
        <KeypadIcon />
        {t('call.keypad')}
      </button>
      <button
        type="button"
        className="call-controls__button"
        aria-haspopup="dialog"
        disabled={!connected}
        // Focusable while a transfer runs, so focus stays here when the dialog closes.
        aria-disabled={transferring || undefined}
        title={t(transferring ? 'call.transferBusyTitle' : 'call.transferTitle')}
        onClick={() => {
          if (!transferring) onTransfer();
        }}
      >
        <TransferIcon />
        {t('call.transfer')}
      </button>
      {call.recording !== 'unavailable' && (
        <button
          type="button"
          className="call-controls__button"
          aria-pressed={recordingOn}
          disabled={!connected}
          // Focusable while Twilio is asked, so focus stays here.
          aria-disabled={recordingBusy || undefined}
          title={recordButtonTitle(call.recording)}
          onClick={() => {
            if (!recordingBusy) void setRecording(call.id, !recordingOn);
          }}
        >
          <RecordIcon on={recordingOn} />
          {t('call.record')}
        </button>
      )}
      <button
        type="button"
        className="call-controls__button call-controls__button--hang-up"
        aria-keyshortcuts={hangUpKeys.aria}
        title={t('call.hangUpTitle', { keys: hangUpKeys.text })}
        onClick={() => void hangUp(call.id)}
      >
        <HangUpIcon />
        {t('call.hangUp')}
      </button>
    </div>
  );
}
