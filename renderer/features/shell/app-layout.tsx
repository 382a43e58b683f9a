import { useEffect, useRef, type MouseEvent } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { useT } from '../../i18n/use-t';
import { selectors, useNavigationStore, type View } from '../../stores/navigation/navigation.store';
import { CallLayout } from '../call/call-layout';
import { useCallShortcuts } from '../call/use-call-shortcuts';
import { ContactsView } from '../contacts/contacts-view';
import { DialerView } from '../dialer/dialer-view';
import { HistoryView } from '../history/history-view';
import { InboxStatusLine } from '../inbox/inbox-status-line';
import { MessagesView } from '../messages/messages-view';
import { VoicemailView } from '../voicemail/voicemail-view';
import { IncomingBanners } from '../incoming/incoming-banners';
import { SettingsView } from '../settings/settings-view';
import { LoadErrorBanner } from './load-error-banner';
import { LogoMark } from '../../ui/icons';
import { LowBalanceNote } from './low-balance-note';
import { MainNav } from './main-nav';
import { viewForShortcut } from './nav-shortcuts';
import { RegistrationPill } from './registration-pill';
import { useUnreadTitle } from './unread-title';
import './app-layout.css';

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'dialer':
      return <DialerView />;
    case 'contacts':
      return <ContactsView />;
    case 'history':
      return <HistoryView />;
    case 'voicemail':
      return <VoicemailView status={<InboxStatusLine />} />;
    case 'messages':
      return <MessagesView status={<InboxStatusLine />} />;
    case 'settings':
      return <SettingsView />;
    default:
      return assertNever(view);
  }
}

/** Screen readers announce the view's name when its h1 takes focus. */
function focusHeadingIn(main: HTMLElement | null) {
  main?.querySelector<HTMLElement>('h1')?.focus();
}

export function AppLayout() {
  const t = useT();
  const current = useNavigationStore(selectors.current);
  const navigationCount = useNavigationStore(selectors.navigationCount);
  const navigate = useNavigationStore(selectors.navigate);
  const mainRef = useRef<HTMLElement>(null);
  useCallShortcuts();
  useUnreadTitle();

  useEffect(() => {
    if (navigationCount > 0) focusHeadingIn(mainRef.current);
  }, [navigationCount]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const view = viewForShortcut(event);
      if (view === null) return;
      event.preventDefault();
      navigate(view);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    focusHeadingIn(mainRef.current);
  };

  return (
    <div className="app-layout">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <LogoMark />
          {t('shell.appName')}
        </div>
        <LowBalanceNote />
        <RegistrationPill />
      </header>
      <div className="app-layout__body">
        <MainNav />
        <CallLayout>
          {/* A Tab stop so that the keyboard scrolls a view with nothing focusable in it (an empty list in a narrow window). */}
          <main id="main-content" className="app-layout__main" ref={mainRef} tabIndex={0}>
            <LoadErrorBanner />
            <CurrentView view={current} />
          </main>
        </CallLayout>
      </div>
      <IncomingBanners />
    </div>
  );
}
