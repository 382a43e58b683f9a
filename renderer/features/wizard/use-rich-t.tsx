import { useCallback, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/locale-messages';
import type { MessageValues } from '../../i18n/message-values';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Like useT, for messages that mark words <strong>…</strong>: the emphasis moves with the words in each language. */
export function useRichT(): (id: MessageId, values?: MessageValues) => ReactNode {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, { ...values, strong }), [intl]);
}
