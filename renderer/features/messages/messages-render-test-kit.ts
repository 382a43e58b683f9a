import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RawIntlProvider } from 'react-intl';
import { intlFor } from '../../i18n/active-intl';
import type { AppLocale } from '../../i18n/app-locale';

/**
 * Test-only: a component's HTML and the text a person (or a screen reader) gets from it. Rendered
 * once in a locale (English unless given), without effects, and with stores at their initial state: give components what they show as props.
 */
export function render(element: ReactElement, locale: AppLocale = 'en'): { html: string; text: string } {
  const html = renderToStaticMarkup(createElement(RawIntlProvider, { value: intlFor(locale) }, element));
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { html, text };
}
