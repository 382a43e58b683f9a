import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InboxSearchHit } from '../../../shared/models/inbox';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialMessagesState, selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { threadHandler } from '../../stores/messages/messages-test-kit';
import { openSearchHit, SearchResult, searchStatusText } from './inbox-search';
import { render } from './messages-render-test-kit';

const at = new Date(2025, 5, 11, 9, 0).getTime();
const messageHit: InboxSearchHit = {
  kind: 'message',
  id: 'SM1',
  remoteNumber: '+15125550123',
  contactName: 'Alice',
  at,
  snippet: 'can you call me back about the invoice',
};
const voicemailHit: InboxSearchHit = { ...messageHit, kind: 'voicemail', id: 'RE1', contactName: null };

beforeEach(() => useMessagesStore.setState(initialMessagesState));
afterEach(() => vi.unstubAllGlobals());

describe('inbox search', () => {
  it('shows who, what kind, when, and the words around the match', () => {
    const onOpen = vi.fn();
    expect(render(<SearchResult hit={messageHit} country="US" onOpen={onOpen} />).text).toMatch(
      /^Alice, Message, .+: can you call me back about the invoice$/,
    );
    expect(render(<SearchResult hit={voicemailHit} country="US" onOpen={onOpen} />).text).toMatch(
      /^\(512\) 555-0123, Voicemail, /,
    );
  });

  it('says how many results there are, that there are none, or why it could not search', () => {
    const search = { status: 'ready' as const, count: 2, query: 'invoice', error: null };
    expect(searchStatusText(search)).toBe('2 results for “invoice”');
    expect(searchStatusText({ ...search, count: 1 })).toBe('1 result for “invoice”');
    expect(searchStatusText({ ...search, count: 0 })).toBe('Nothing found for “invoice”. Try fewer or other words.');
    expect(searchStatusText({ ...search, status: 'searching' })).toBe('');
    expect(searchStatusText({ ...search, error: 'Search is not available.' })).toBe('Search is not available.');
  });

  it('opens a message’s conversation here, and hands a voicemail to the Voicemail view', async () => {
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'messages:thread': threadHandler({}) }),
    });
    const onOpenVoicemail = vi.fn();
    openSearchHit(voicemailHit, onOpenVoicemail);
    expect(onOpenVoicemail).toHaveBeenCalledWith('RE1');
    expect(selectors.open(useMessagesStore.getState())).toEqual({ kind: 'none' });

    openSearchHit(messageHit, onOpenVoicemail);
    expect(selectors.open(useMessagesStore.getState())).toEqual({ kind: 'thread', remoteNumber: '+15125550123' });
    expect(onOpenVoicemail).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(selectors.threadStatus(useMessagesStore.getState())).toBe('ready'));
  });
});
