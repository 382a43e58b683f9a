import { describe, expect, it } from 'vitest';
import { NewConversation } from './conversation-pane';
import { MessagesView } from './messages-view';
import { render } from './messages-render-test-kit';

describe('the Messages view', () => {
  it('has its heading, a New message button, the search field and a hint where the conversation goes', () => {
    const { html, text } = render(<MessagesView status={<p>Up to date</p>} />);
    expect(html).toMatch(/<h1[^>]*>Messages<\/h1>/);
    expect(html).toMatch(/<button type="button" class="button">.*New message<\/button>/);
    expect(html).toMatch(/<label [^>]*>Search messages and voicemail<\/label>/);
    expect(text).toContain('Up to date');
    expect(text).toContain('Choose a conversation to read it and reply, or start one with New message.');
  });

  it('takes a new message’s number of at most 64 characters, as main does', () => {
    expect(render(<NewConversation recipient="" />).html).toMatch(/<input [^>]*type="tel"[^>]*maxLength="64"/i);
  });
});
