import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InboxSearchHit } from '../../../shared/models/inbox';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialMessagesState, selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { threadHandler } from '../../stores/messages/messages-test-kit';
import { initialNavigationState, useNavigationStore } from '../../stores/navigation/navigation.store';
import { initialVoicemailState, useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { InboxSearchField, openSearchHit, SearchResult, searchStatusText } from './inbox-search';
import { render } from './messages-render-test-kit';
import { translatorFor } from '../../i18n/translate-test-kit';

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

beforeEach(() => {
  useMessagesStore.setState(initialMessagesState);
  useVoicemailStore.setState(initialVoicemailState);
  useNavigationStore.setState(initialNavigationState);
});
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

  it('takes a search of at most 200 characters, as main does', () => {
    expect(render(<InboxSearchField />).html).toMatch(/<input [^>]*type="search"[^>]*maxLength="200"/i);
  });

  it('says how many results there are, that there are none, or why it could not search', () => {
    const search = { status: 'ready' as const, count: 2, query: 'invoice', error: null };
    const t = translatorFor('en');
    expect(searchStatusText(search, t)).toBe('2 results for “invoice”');
    expect(searchStatusText({ ...search, count: 1 }, t)).toBe('1 result for “invoice”');
    expect(searchStatusText({ ...search, count: 0 }, t)).toBe('Nothing found for “invoice”. Try fewer or other words.');
    expect(searchStatusText({ ...search, status: 'searching' }, t)).toBe('');
    expect(searchStatusText({ ...search, error: 'Search is not available.' }, t)).toBe('Search is not available.');
    expect(searchStatusText(search, translatorFor('fr'))).toBe('2 résultats pour « invoice »');
    expect(searchStatusText({ ...search, count: 0 }, translatorFor('es'))).toBe(
      'No se ha encontrado nada para «invoice». Prueba con menos palabras o con otras.',
    );
  });

  it('opens a voicemail found in the Voicemail view, and a message’s conversation here', async () => {
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'messages:thread': threadHandler({}) }),
    });
    useNavigationStore.setState({ current: 'messages', navigationCount: 3 });
    useMessagesStore.setState({ viewing: true });
    openSearchHit(voicemailHit);
    expect(useVoicemailStore.getState().selected).toEqual({ id: 'RE1', autoPlay: false });
    expect(useNavigationStore.getState().current).toBe('voicemail');
    expect(selectors.open(useMessagesStore.getState())).toEqual({ kind: 'none' });

    useNavigationStore.setState({ current: 'messages', navigationCount: 4 });
    openSearchHit(messageHit);
    expect(selectors.open(useMessagesStore.getState())).toEqual({ kind: 'thread', remoteNumber: '+15125550123' });
    // Already in Messages: no navigation, so focus stays on the result rather than moving to the heading.
    expect(useNavigationStore.getState()).toMatchObject({ current: 'messages', navigationCount: 4 });
    await vi.waitFor(() => expect(selectors.threadStatus(useMessagesStore.getState())).toBe('ready'));
  });
});
