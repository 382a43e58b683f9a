import type { IntlShape } from 'react-intl';
import { withheldCallers } from '../../../shared/models/call-handling-names';
import { translatorOf } from '../../i18n/message-values';
import { describeBlocked } from './blocked-caller-entry';
import type { BlockChange } from './caller-block';

export interface BlockDialogText {
  title: string;
  message: string;
  confirm: string;
  busy: string;
}

/**
 * What the confirmation says blocking or unblocking does, in `intl`'s language. `owner` names whose numbers
 * they are when there are several (a contact's).
 */
export function blockDialogText(
  change: BlockChange,
  country: string,
  owner: string | null,
  intl: IntlShape,
): BlockDialogText {
  const t = translatorOf(intl);
  const numbers = change.entries.filter((entry) => entry !== withheldCallers);
  const withheld = numbers.length < change.entries.length;
  const named = intl.formatList(
    numbers.map((entry) => describeBlocked(entry, country, t)),
    { style: 'long', type: 'conjunction' },
  );
  const several = numbers.length > 1 && owner !== null;
  const subject = several
    ? t('callHandling.dialogAllNumbers', { count: numbers.length, owner })
    : withheld
      ? t('callHandling.dialogWithheldSubject')
      : named;

  if (change.action === 'block') {
    return {
      title: withheld ? t('callHandling.dialogBlockWithheldTitle') : t('callHandling.dialogBlockTitle', { subject }),
      message: withheld
        ? t('callHandling.dialogBlockWithheld')
        : t(several ? 'callHandling.dialogBlockSeveral' : 'callHandling.dialogBlockOne', { named }),
      confirm: t('callHandling.block'),
      busy: t('callHandling.dialogBlocking'),
    };
  }
  return {
    title: t('callHandling.dialogUnblockTitle', { subject }),
    message: withheld ? t('callHandling.dialogUnblockWithheld') : t('callHandling.dialogUnblock', { named }),
    confirm: t('callHandling.unblock'),
    busy: t('callHandling.dialogUnblocking'),
  };
}
