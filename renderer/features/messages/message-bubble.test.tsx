import { describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/models/messages';
import { message } from '../../stores/messages/messages-test-kit';
import { MessageBubble } from './message-bubble';
import { PictureView } from './message-picture';
import { render } from './messages-render-test-kit';

const outgoing = (status: Message['status'], errorCode: number | null = null) =>
  message('SM1', { direction: 'outgoing', status, errorCode, body: 'See you at 6' });
const bubble = (item: Message) => render(<MessageBubble message={item} senderName="Alice" />);

describe('a message bubble', () => {
  it('puts incoming texts on the left and says who sent them, without a delivery state', () => {
    const { html, text } = bubble(message('SM0', { body: 'Running late' }));
    expect(html).toContain('message-bubble--incoming');
    expect(text).toMatch(/^Alice: Running late/);
    expect(text).not.toMatch(/Received|Delivered/);
  });

  it('puts outgoing texts on the right with their delivery state in words', () => {
    const states = (['queued', 'sent', 'delivered'] as const).map((status) => {
      const { html, text } = bubble(outgoing(status));
      expect(html).toContain('message-bubble--outgoing');
      expect(html).not.toContain('message-advice');
      expect(text).toMatch(/^You: See you at 6/);
      return text.replace(/^.*, /, '');
    });
    expect(states).toEqual(['Queued', 'Sent', 'Delivered']);
  });

  it('explains an undelivered text with Twilio’s code: what happened, what to do, and Twilio’s page', () => {
    const { html, text } = bubble(outgoing('undelivered', 30003));
    expect(html).toContain('message-bubble--failed');
    expect(text).toContain('Not delivered');
    expect(html).toContain('class="message-advice"');
    expect(html).toContain('href="https://www.twilio.com/docs/api/errors/30003" target="_blank" rel="noreferrer"');
    expect(text).toContain('About error 30003 on Twilio’s site (opens in your browser)');
  });

  it('says what registration a failed text from a US local number needs, and links to it', () => {
    const { html, text } = bubble(outgoing('failed', 30034));
    expect(text).toContain('Failed');
    expect(text).toMatch(/A2P 10DLC/);
    expect(text).toMatch(/Brand .* Campaign/);
    expect(html).toContain('href="https://www.twilio.com/docs/messaging/compliance/a2p-10dlc"');
    expect(text).toContain('How to register for A2P 10DLC on Twilio');
  });

  it('links a text refused for toll-free verification to Twilio’s page about it, not to A2P 10DLC', () => {
    const { html, text } = bubble(outgoing('failed', 30032));
    expect(text).toMatch(/Toll-Free Verification/);
    expect(html).toContain('href="https://www.twilio.com/docs/api/errors/30032"');
    expect(text).toContain('About error 30032 on Twilio’s site (opens in your browser)');
    expect(text).not.toMatch(/A2P 10DLC/);
  });

  it('says Twilio gave no reason when a failed text has no code', () => {
    const { text } = bubble(outgoing('failed'));
    expect(text).toContain('Twilio gave no reason');
    expect(text).toContain('Check the number, then send the message again.');
  });

  it('explains an undelivered text in French, with the code as Twilio writes it', () => {
    const { html, text } = render(<MessageBubble message={outgoing('undelivered', 30003)} senderName="Alice" />, 'fr');
    expect(text).toContain('Le téléphone est injoignable');
    expect(text).toContain('Il est peut-être éteint, hors couverture');
    expect(text).toContain('À propos de l’erreur 30003 sur le site de Twilio');
    expect(html).toContain('href="https://www.twilio.com/docs/api/errors/30003"');
    expect(text).not.toMatch(/could not be reached|About error/);
  });

  it('names an unknown code in German without grouping its digits', () => {
    const { text } = render(<MessageBubble message={outgoing('failed', 12345)} senderName="Alice" />, 'de');
    expect(text).toContain('Twilio konnte diese SMS nicht senden (Fehler 12345)');
    expect(text).toContain('schlagen Sie Fehler 12345 auf der Website von Twilio nach');
  });

  it('shows a picture-only message, and a time no date can hold, without breaking', () => {
    const { text } = bubble(message('MM1', { body: '', at: 9e15, media: [{ id: 'ME1', contentType: 'image/jpeg' }] }));
    expect(text).toBe('Alice: Loading picture from Alice…');
  });
});

describe('a received picture', () => {
  const media = { id: 'ME1', contentType: 'image/png' };

  it('shows the picture from its blob: URL, described by who sent it', () => {
    const { html } = render(
      <PictureView media={media} senderName="Alice" picture={{ status: 'ready', url: 'blob:http://x/1' }} />,
    );
    expect(html).toContain('<img class="message-picture" src="blob:http://x/1" alt="Picture from Alice"/>');
  });

  it('says why a picture is not shown', () => {
    const failed = { status: 'failed' as const, message: 'The picture could not be downloaded. Try again later.' };
    expect(render(<PictureView media={media} senderName="Alice" picture={failed} />).text).toBe(failed.message);
    expect(render(<PictureView media={media} senderName="Alice" picture={{ status: 'loading' }} />).text).toBe(
      'Loading picture from Alice…',
    );
    const card = { id: 'ME2', contentType: 'text/vcard' };
    expect(render(<PictureView media={card} senderName="Alice" picture={undefined} />).text).toMatch(
      /attachment Dialtone does not show \(text\/vcard\)/,
    );
  });
});
