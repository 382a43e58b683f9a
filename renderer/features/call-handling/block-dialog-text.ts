import { withheldCallers } from '../../../shared/models/call-handling-names';
import { describeBlocked } from './blocked-caller-entry';
import type { BlockChange } from './caller-block';

export interface BlockDialogText {
  title: string;
  message: string;
  confirm: string;
  busy: string;
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * What the confirmation says blocking or unblocking does. `owner` names whose numbers they are when
 * there are several (a contact's).
 */
export function blockDialogText(change: BlockChange, country: string, owner: string | null): BlockDialogText {
  const numbers = change.entries.filter((entry) => entry !== withheldCallers);
  const withheld = numbers.length < change.entries.length;
  const named = list.format(numbers.map((entry) => describeBlocked(entry, country)));
  const several = numbers.length > 1 && owner !== null;
  const subject = several ? `all ${numbers.length} numbers of ${owner}` : withheld ? 'withheld numbers' : named;

  if (change.action === 'block') {
    return {
      title: withheld ? 'Block callers who withhold their number?' : `Block ${subject}?`,
      message: withheld
        ? 'Calls from withheld numbers will be rejected at Twilio and never reach voicemail. You can unblock them later, here or in Settings, Call handling.'
        : `Calls from ${named} will be rejected at Twilio and never reach voicemail; their messages are hidden in Messages. You can unblock ${several ? 'them' : 'it'} later, here or in Settings, Call handling.`,
      confirm: 'Block',
      busy: 'Blocking…',
    };
  }
  return {
    title: `Unblock ${subject}?`,
    message: withheld
      ? 'Callers who withhold their number will ring again and can leave voicemail.'
      : `Calls from ${named} will ring again and can leave voicemail; their messages show in Messages again.`,
    confirm: 'Unblock',
    busy: 'Unblocking…',
  };
}
