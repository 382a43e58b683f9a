import { assertNever } from '../../../shared/assert-never';
import type { CallTransfer } from '../../../shared/models/call-transfer';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { translate } from '../../i18n/translate';
import { wordsText } from '../../i18n/words-text';

/** Who a call is being transferred to, as people in `country` write the number, or the bare SIP address. */
export function transferTargetText(target: string, country: string): string {
  return /^sips?:/i.test(target) ? target.replace(/^sips?:/i, '') : formatPhoneForDisplay(target, country);
}

/** How the transfer is going, for the call card; a failure says why and that the call is back. */
export function describeTransfer(transfer: CallTransfer, country: string): string {
  const who = transferTargetText(transfer.target, country);
  switch (transfer.phase) {
    case 'holding':
    case 'sent':
      return translate('call.transferring', { name: who });
    case 'trying':
      return translate('call.transferringConnecting', { name: who });
    case 'ringing':
      return translate('call.transferringRinging', { name: who });
    case 'failed':
      return transfer.failure ? wordsText(transfer.failure) : translate('call.transferFailed', { name: who });
    default:
      return assertNever(transfer.phase);
  }
}
