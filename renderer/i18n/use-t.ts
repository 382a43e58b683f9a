import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { translatorOf, type Translate } from './message-values';

export function useT(): Translate {
  const intl = useIntl();
  return useMemo(() => translatorOf(intl), [intl]);
}
