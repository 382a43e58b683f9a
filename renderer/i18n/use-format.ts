import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { localeFormat, type LocaleFormat } from './locale-format';

export function useFormat(): LocaleFormat {
  const intl = useIntl();
  return useMemo(() => localeFormat(intl), [intl]);
}
