import type { CallSnapshot } from '../../../shared/models/call';
import { useT } from '../../i18n/use-t';
import { useCallsStore } from '../../stores/calls/calls.store';
import { describeRemote } from './call-text';

interface CompleteTransferBarProps {
  /** The consultation call, being shown. */
  call: CallSnapshot;
  /** The call waiting on hold to be handed over. */
  held: CallSnapshot;
  country: string;
}

/** During "Consult first": who waits on hold, and the button that hands them to the person on this call. */
export function CompleteTransferBar({ call, held, country }: CompleteTransferBarProps) {
  const t = useT();
  const completeTransfer = useCallsStore((state) => state.completeTransfer);
  const waiting = describeRemote(held, country).primary;
  const connected = call.state === 'connected';
  return (
    <div className="call-card__consultation">
      <p className="call-card__consultation-text">
        {connected ? t('call.waitingOnHold', { name: waiting }) : t('call.waitingWhileConnecting', { name: waiting })}
      </p>
      <button type="button" className="button" disabled={!connected} onClick={() => void completeTransfer()}>
        {t('call.completeTransfer')}
      </button>
    </div>
  );
}
