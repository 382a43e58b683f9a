import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { EmptyState } from '../../ui/empty-state';
import { PlusIcon, TextBubbleIcon } from '../../ui/icons';
import { ViewHeading } from '../../ui/view-heading';
import { BlockedConversationsLine } from './blocked-conversations-line';
import { ConversationList } from './conversation-list';
import { ConversationPane } from './conversation-pane';
import { InboxSearchField, InboxSearchResults } from './inbox-search';
import { watchWindowShown } from './window-shown';
import './messages.css';

interface MessagesViewProps {
  /** The inbox's sync state (syncing, last synced, a problem and what to do), shown under the heading. */
  status?: ReactNode;
}

/** The conversation on screen counts as read only while the window is visible and focused. */
function useWindowShown() {
  useEffect(() => watchWindowShown((shown) => useMessagesStore.getState().setWindowShown(shown)), []);
}

/** Text messages with each remote number, a search over them and voicemail transcriptions, and a new message. */
export function MessagesView({ status }: MessagesViewProps) {
  const t = useT();
  const headingId = useId();
  const listLabelId = useId();
  const conversations = useMessagesStore(selectors.conversations);
  const loaded = useMessagesStore(selectors.conversationsLoaded);
  const loadError = useMessagesStore(selectors.conversationsError);
  const blocked = useMessagesStore(selectors.blockedConversations);
  const showingBlocked = useMessagesStore(selectors.showBlocked);
  const loading = useMessagesStore(selectors.conversationsLoading);
  const searching = useMessagesStore((state) => state.searchQuery.trim() !== '');
  const noConversations = loaded && conversations.length === 0 && loadError === null && blocked === 0;
  const opened = useMessagesStore((state) => state.open.kind !== 'none');
  const listColumnRef = useRef<HTMLDivElement | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement | null>(null);
  const backRef = useRef<HTMLButtonElement | null>(null);
  useWindowShown();

  // In a narrow window the open conversation takes the list's place: focus must not stay on a hidden row.
  useEffect(() => {
    if (opened && listColumnRef.current?.offsetParent === null && !backRef.current?.contains(document.activeElement))
      backRef.current?.focus();
  }, [opened]);

  function backToList() {
    useMessagesStore.getState().closeConversation();
    requestAnimationFrame(() => listHeadingRef.current?.focus());
  }

  useEffect(() => {
    useMessagesStore.getState().setViewing(true);
    return () => useMessagesStore.getState().setViewing(false);
  }, []);

  return (
    <section className="messages-view" aria-labelledby={headingId}>
      <div className="messages-view__header">
        <ViewHeading id={headingId}>{t('messages.heading')}</ViewHeading>
        <button type="button" className="button" onClick={() => useMessagesStore.getState().startNewConversation()}>
          <PlusIcon />
          {t('messages.newMessage')}
        </button>
      </div>
      {status}
      {loadError && (
        <p className="contacts-problem" role="alert">
          {loadError}
        </p>
      )}
      <div className={`messages-view__body${opened ? ' messages-view__body--open' : ''}`}>
        <div ref={listColumnRef} className="messages-view__list-column">
          <InboxSearchField />
          <h2 ref={listHeadingRef} id={listLabelId} className="visually-hidden" tabIndex={-1}>
            {searching ? t('messages.searchResults') : t('messages.conversations')}
          </h2>
          {searching ? (
            <InboxSearchResults labelledBy={listLabelId} />
          ) : noConversations ? (
            <EmptyState icon={<TextBubbleIcon />} title={t('messages.emptyTitle')}>
              <p>{t('messages.emptyBody')}</p>
            </EmptyState>
          ) : (
            <>
              <BlockedConversationsLine blocked={blocked} showing={showingBlocked} loading={loading} />
              <ConversationList labelledBy={listLabelId} />
            </>
          )}
        </div>
        <div className="messages-view__pane-column">
          {opened && (
            <button ref={backRef} type="button" className="link-button messages-view__back" onClick={backToList}>
              {t('messages.backToList')}
            </button>
          )}
          <ConversationPane />
        </div>
      </div>
    </section>
  );
}
