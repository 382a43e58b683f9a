import type { NumberSearch, NumberType } from '../../../shared/models/twilio-setup';
import type { Translate } from '../../i18n/message-values';
import { hasAreaCodes } from './number-text';

export interface NumberSearchForm {
  country: string;
  type: NumberType;
  areaCode: string;
  contains: string;
  sms: boolean;
}

export type NumberSearchField = 'country' | 'type' | 'areaCode' | 'contains';
export type NumberSearchErrors = Partial<Record<NumberSearchField, string>>;

export function numberTypeOptions(t: Translate): { value: NumberType; label: string }[] {
  return [
    { value: 'local', label: t('wizard.typeLocal') },
    { value: 'mobile', label: t('wizard.typeMobile') },
    { value: 'toll-free', label: t('wizard.typeTollFree') },
  ];
}

export function newNumberSearchForm(country: string): NumberSearchForm {
  return { country, type: 'local', areaCode: '', contains: '', sms: false };
}

/** The setup:search-numbers request: empty fields left out, the area code only where there are area codes. */
export function numberSearchInput(form: NumberSearchForm): NumberSearch {
  const areaCode = form.areaCode.trim();
  const contains = form.contains.replace(/[\s-]/g, '');
  return {
    country: form.country,
    type: form.type,
    ...(hasAreaCodes(form.country) && areaCode !== '' ? { areaCode } : {}),
    ...(contains !== '' ? { contains } : {}),
    // Dialtone is a phone: the number must take calls.
    voice: true,
    sms: form.sms,
  };
}

export const numberSearchFieldOrder: readonly NumberSearchField[] = ['country', 'type', 'areaCode', 'contains'];
