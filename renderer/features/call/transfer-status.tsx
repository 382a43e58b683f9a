import type { CallTransfer } from '../../../shared/models/call-transfer';
import { describeTransfer } from './transfer-text';

/** A transfer's progress (announced politely) or its failure (announced at once), in the call card. */
export function TransferStatus({ transfer, country }: { transfer: CallTransfer | null; country: string }) {
  const failed = transfer?.phase === 'failed';
  return (
    <>
      <p className="call-card__transfer" role="status">
        {transfer && !failed ? describeTransfer(transfer, country) : ''}
      </p>
      {transfer && failed && (
        <p className="call-card__problem" role="alert">
          {describeTransfer(transfer, country)}
        </p>
      )}
    </>
  );
}
