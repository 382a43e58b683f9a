import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { Translate } from './message-values';

export function useT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}
