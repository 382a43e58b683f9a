import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Test-only: a component's HTML and the text a person (or a screen reader) gets from it. Rendered
 * once, without effects, and with stores at their initial state: give components what they show as props.
 */
export function render(element: ReactElement): { html: string; text: string } {
  const html = renderToStaticMarkup(element);
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { html, text };
}
