import type { CallSnapshot } from '../../../shared/models/call';
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
  const completeTransfer = useCallsStore((state) => state.completeTransfer);
  const waiting = describeRemote(held, country).primary;
  const connected = call.state === 'connected';
  return (
    <div className="call-card__consultation">
      <p className="call-card__consultation-text">
        {connected
          ? `${waiting} is waiting on hold. Complete the transfer to hand them over, or hang up this call and take them off hold.`
          : `${waiting} is waiting on hold while this call connects.`}
      </p>
      <button type="button" className="button" disabled={!connected} onClick={() => void completeTransfer()}>
        Complete transfer
      </button>
    </div>
  );
}
