import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { a2p10dlcRegistrationUrl, isA2p10dlcNumber } from '../../../shared/messaging/a2p-registration';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';

/** For a US or Canadian local number, one sentence: US carriers deliver its texts only once it is registered. */
export function A2pRegistrationNote({ phoneNumber }: { phoneNumber: string | null }) {
  const intl = useIntl();
  const t = useT();
  if (phoneNumber === null || !isA2p10dlcNumber(phoneNumber)) return null;
  const link = (chunks: ReactNode[]) => (
    <a href={a2p10dlcRegistrationUrl} target="_blank" rel="noreferrer">
      {chunks}
      <span className="visually-hidden">{t('wizard.opensInBrowser')}</span>
    </a>
  );
  return <p className="wizard-note">{intl.formatMessage({ id: 'wizard.a2pNote' satisfies MessageId }, { link })}</p>;
}
