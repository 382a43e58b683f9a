import { describe, expect, it } from 'vitest';
import { defaultCallHandling, type CallHandling } from '../../../shared/models/call-handling';
import { defaultAutoReplyText } from '../../../shared/models/call-handling-names';
import { render } from '../messages/messages-render-test-kit';
import { AutoReplyField } from './auto-reply-field';

const field = (autoReply: CallHandling['autoReply']) =>
  render(<AutoReplyField handling={{ ...defaultCallHandling, autoReply }} busy={false} change={async () => true} />);

describe('the auto-reply card', () => {
  it('is a switch, off at first, that says who gets it, what it costs and what the US requires', () => {
    const { html, text } = field(defaultCallHandling.autoReply);
    expect(text).toContain('Text callers I miss');
    expect(html).toMatch(/type="checkbox"(?![^>]*checked)/);
    expect(html).not.toContain('<textarea');
    expect(text).toContain('Only mobiles get it, once a day at most');
    expect(text).toContain('costs an SMS and a Lookup of the caller’s line type');
    expect(text).toContain('registered for A2P 10DLC');
  });

  it('on: the text to send, ready with the default, and what it is billed as', () => {
    const { html, text } = field({ enabled: true, text: defaultAutoReplyText });
    expect(html).toMatch(/type="checkbox"[^>]*checked=""/);
    expect(html).toContain(`>${defaultAutoReplyText}</textarea>`);
    expect(text).toContain('At most 320 characters. As written, each auto-reply is billed as 1 SMS.');
    expect(text).toContain('Save text');
  });

  it('a long text, or one with emoji, is billed as more than one SMS', () => {
    expect(field({ enabled: true, text: 'x'.repeat(161) }).text).toContain('billed as 2 SMS');
    expect(field({ enabled: true, text: `${'x'.repeat(70)}😀` }).text).toContain('billed as 2 SMS');
  });
});
