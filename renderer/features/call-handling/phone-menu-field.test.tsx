import { describe, expect, it } from 'vitest';
import { defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { render } from '../messages/messages-render-test-kit';
import { PhoneMenuField } from './phone-menu-field';

const field = (menu: CallHandling['menu'], numbers: string[] = []) =>
  render(
    <PhoneMenuField
      handling={{ ...defaultCallHandling, menu, forwarding: { mode: numbers.length ? 'no-answer' : 'off', numbers } }}
      busy={false}
      change={async () => true}
    />,
  );

const keys = (html: string) =>
  [...html.matchAll(/<span class="phone-menu__key">(\d)<\/span>([^<]+)</g)].map(([, key, does]) => `${key} ${does}`);

describe('the phone menu card', () => {
  it('is a switch, off at first, with nothing else to fill in', () => {
    const { html, text } = field({ enabled: false, prompt: '' });
    expect(text).toContain('Answer with a menu');
    expect(html).toMatch(/type="checkbox"(?![^>]*checked)/);
    expect(html).not.toContain('<textarea');
  });

  it('on, without forwarding numbers: the prompt made from keys 1 and 2, and what each does', () => {
    const { html, text } = field({ enabled: true, prompt: '' });
    expect(html).toMatch(/type="checkbox"[^>]*checked=""/);
    expect(html).toContain('placeholder="To reach me, press 1. To leave a message, press 2."');
    expect(keys(html)).toEqual(['1 Rings Dialtone, with your forwarding as set', '2 Voicemail']);
    expect(text).toContain('Add a forwarding number to offer 3 for your mobile.');
    expect(text).toContain('within 6 seconds');
    expect(html).toContain('aria-label="Listen to the menu prompt"');
    expect(text).toContain('Save prompt');
  });

  it('on, with a forwarding number: key 3 and its words in the prompt', () => {
    const { html, text } = field({ enabled: true, prompt: '' }, ['+15125550142']);
    expect(html).toContain(
      'placeholder="To reach me, press 1. To leave a message, press 2. To try my mobile, press 3."',
    );
    expect(keys(html)).toEqual([
      '1 Rings Dialtone, with your forwarding as set',
      '2 Voicemail',
      '3 Rings your forwarding numbers',
    ]);
    expect(text).not.toContain('Add a forwarding number');
  });

  it('shows the person’s own prompt', () => {
    expect(field({ enabled: true, prompt: 'Press 1 for Sam.' }).html).toMatch(/<textarea[^>]*>Press 1 for Sam.</);
  });
});
