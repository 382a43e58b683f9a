import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { resolveAppLocale, type AppLocale } from './app-locale';
import { messagesFor } from './locale-messages';

const cache = createIntlCache();
const intlByLocale = new Map<AppLocale, IntlShape>();

export function intlFor(locale: AppLocale): IntlShape {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    intl = createIntl({ locale, defaultLocale: 'en', messages: messagesFor(locale) }, cache);
    intlByLocale.set(locale, intl);
  }
  return intl;
}

const systemLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;
let active = intlFor(resolveAppLocale('system', systemLanguages));

/** The locale the app shows now, for text made outside components (stores, notifications). */
export function activeIntl(): IntlShape {
  return active;
}

export function setActiveLocale(locale: AppLocale): IntlShape {
  active = intlFor(locale);
  return active;
}
