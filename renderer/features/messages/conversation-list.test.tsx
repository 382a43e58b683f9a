import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../shared/models/messages';
import { conversation } from '../../stores/messages/messages-test-kit';
import { ConversationRow } from './conversation-list';
import { render } from './messages-render-test-kit';

const now = new Date(2025, 5, 12, 15, 30);
const yesterday = new Date(2025, 5, 11, 9, 0).getTime();
const row = (item: Conversation, isOpen = false) =>
  render(<ConversationRow conversation={item} country="US" now={now} isOpen={isOpen} />);

describe('a conversation row', () => {
  it('names the contact, the time, the last words, and the unread count in words', () => {
    const { html, text } = row(
      conversation('+15125550123', {
        contactName: 'Alice',
        unread: 3,
        lastMessage: { preview: 'Call me', withMedia: false, at: yesterday, direction: 'incoming', status: 'received' },
      }),
    );
    expect(text).toBe('Alice, Yesterday, Call me3, 3 unread messages');
    expect(html).toContain('conversation-row--unread');
    expect(html).not.toContain('aria-current');
  });

  it('shows the number as written locally, marks the open one, and starts outgoing previews with You', () => {
    const { html, text } = row(
      conversation('+15125550123', {
        lastMessage: {
          preview: 'On my way',
          withMedia: false,
          at: yesterday,
          direction: 'outgoing',
          status: 'delivered',
        },
      }),
      true,
    );
    expect(text).toBe('(512) 555-0123, Yesterday, You: On my way');
    expect(html).toContain('aria-current="true"');
  });

  it('says when the last text was not delivered', () => {
    const { text } = row(
      conversation('12345', {
        lastMessage: { preview: 'STOP', withMedia: false, at: yesterday, direction: 'outgoing', status: 'undelivered' },
      }),
    );
    expect(text).toBe('12345, Yesterday, Not delivered: STOP');
  });

  it('reads in the app’s language', () => {
    const item = conversation('+15125550123', {
      contactName: 'Alice',
      unread: 2,
      lastMessage: {
        preview: 'On my way',
        withMedia: false,
        at: yesterday,
        direction: 'outgoing',
        status: 'delivered',
      },
    });
    const { text } = render(<ConversationRow conversation={item} country="US" now={now} isOpen={false} />, 'fr');
    expect(text).toBe('Alice, Hier, Vous : On my way2, 2 messages non lus');
  });

  it('says a last message without text was a picture, in the app’s language', () => {
    const item = conversation('+15125550123', {
      contactName: 'Alice',
      lastMessage: { preview: '', withMedia: true, at: yesterday, direction: 'incoming', status: 'received' },
    });
    expect(row(item).text).toBe('Alice, Yesterday, Picture');
    const { text } = render(<ConversationRow conversation={item} country="US" now={now} isOpen={false} />, 'de');
    expect(text).toBe('Alice, Gestern, Bild');
  });
});
