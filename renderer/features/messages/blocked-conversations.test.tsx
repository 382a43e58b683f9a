import { describe, expect, it } from 'vitest';
import { aliceNumber, conversation } from '../../stores/messages/messages-test-kit';
import { BlockCallerButton } from '../call-handling/block-caller-button';
import { callerBlockOf } from '../call-handling/caller-block';
import { BlockedConversationsLine } from './blocked-conversations-line';
import { ConversationRow } from './conversation-list';
import { render } from './messages-render-test-kit';

const row = (blocked: boolean) =>
  render(
    <ConversationRow
      conversation={conversation(aliceNumber)}
      country="US"
      now={new Date(2023, 10, 15)}
      isOpen={false}
      blocked={blocked}
    />,
  );

/** The open conversation's Block button, as the pane shows it for `caller` with these entries blocked. */
const paneButton = (caller: string, blocked: string[]) =>
  render(<BlockCallerButton block={callerBlockOf(caller, 'US', blocked)} who="Alice" variant="text" />).html;

describe('conversations with blocked senders', () => {
  it('says how many are hidden, with Show; and once shown, with Hide', () => {
    expect(render(<BlockedConversationsLine blocked={0} showing={false} loading={false} />).html).toBe('');
    const hidden = render(<BlockedConversationsLine blocked={2} showing={false} loading={false} />);
    expect(hidden.text).toBe('2 conversations hidden from blocked numbersShow');
    expect(hidden.html).toMatch(/<span id="([^"]+)">.*<button type="button" class="link-button" aria-describedby="\1"/);
    const shown = render(<BlockedConversationsLine blocked={1} showing loading />);
    expect(shown.text).toBe('1 conversation from blocked numbers shownHide');
    expect(shown.html).toContain('aria-disabled="true"');
  });

  it('marks a conversation from a blocked sender when it is shown', () => {
    expect(row(false).text).toMatch(/^\(512\) 555-0123, [^,]+, Hello$/);
    expect(row(true).text).toMatch(/^\(512\) 555-0123, Blocked, [^,]+, Hello$/);
  });

  it('offers Block in the open conversation, Unblock once blocked, and nothing without a Twilio line', () => {
    expect(render(<BlockCallerButton block={null} who="Alice" variant="text" />).html).toBe('');
    expect(paneButton(aliceNumber, [])).toMatch(
      /^<button type="button" class="secondary-button secondary-button--small block-caller secondary-button--danger" aria-label="Block Alice" title="Block \(512\) 555-0123: Twilio rejects their calls">Block…<\/button>$/,
    );
    expect(paneButton(aliceNumber, [aliceNumber])).toMatch(/aria-label="Unblock Alice"[^>]*>Unblock…</);
  });

  it('says why instead of offering Unblock under a blocked prefix, or Block for a sender name', () => {
    expect(paneButton(aliceNumber, ['+1512*'])).toMatch(
      /aria-label="Unblock Alice" aria-disabled="true" title="\(512\) 555-0123 is blocked as one of the numbers starting \+1512\. To let it through, unblock those in Settings, Call handling\."/,
    );
    expect(paneButton('AMAZON', [])).toMatch(
      /aria-label="Block Alice" aria-disabled="true" title="“AMAZON” is not a full phone number, so it cannot be blocked/,
    );
  });
});
