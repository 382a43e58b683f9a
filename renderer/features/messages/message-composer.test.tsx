import { describe, expect, it } from 'vitest';
import { countSmsSegments } from '../../../shared/messaging/sms-segments';
import { ComposerCounter, SendProblem } from './message-composer';
import { render } from './messages-render-test-kit';

const counter = (draft: string) => render(<ComposerCounter id="c" draft={draft} count={countSmsSegments(draft)} />);

describe('the composer', () => {
  it('counts parts and the room left as the person types', () => {
    expect(counter('').text).toBe('1 message · 160 left');
    expect(counter('x'.repeat(160)).text).toBe('1 message · 0 left');
    expect(counter('x'.repeat(200)).text).toBe('2 messages · 106 left');
    expect(counter('Price: 5€ [net]').text).toBe('1 message · 142 left');
  });

  it('shows the Unicode encoding and the characters that caused it', () => {
    const { text } = counter(`${'x'.repeat(50)} 🙂 ok`);
    expect(text).toBe('1 message · 14 left · Unicode (UCS-2) because of “🙂”');
  });

  it('says how far a draft is over the 1,600 limit instead of counting parts', () => {
    const { html, text } = counter('x'.repeat(1_610));
    expect(text).toBe(`${(1610).toLocaleString()} characters: 10 over the ${(1600).toLocaleString()} limit`);
    expect(html).toContain('message-composer__counter--over');
  });

  it('keeps the text after a failed send and says what to do, in main’s words or Twilio’s code', () => {
    const failed = render(
      <SendProblem status={{ status: 'failed', draftKey: '+1', message: 'Twilio could not be reached.' }} />,
    );
    expect(failed.html).toContain('role="alert"');
    expect(failed.text).toBe('Not sentTwilio could not be reached.Your text is kept here, so you can send it again.');

    const optedOut = render(<SendProblem status={{ status: 'refused', draftKey: '+1', code: 21610 }} />);
    expect(optedOut.text).toMatch(/^Not sent\./);
    expect(optedOut.text).toMatch(/START/);
    expect(optedOut.text).toMatch(/Your text is kept here/);
    expect(optedOut.html).toContain('https://www.twilio.com/docs/api/errors/21610');

    expect(render(<SendProblem status={{ status: 'sending', draftKey: '+1' }} />).html).toBe('');
    expect(render(<SendProblem status={{ status: 'idle' }} />).html).toBe('');
  });
});
