import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useNavigationStore, type View } from '../../stores/navigation/navigation.store';
import { ContactsIcon, HistoryIcon, KeypadIcon, SettingsIcon, TextBubbleIcon } from '../../ui/icons';
import { MissedCallsBadge } from '../history/missed-calls-badge';
import { MessagesBadge } from '../messages/messages-badge';
import { VoicemailBadge } from '../voicemail/voicemail-badge';
import { VoicemailIcon } from '../voicemail/voicemail-icons';
import './main-nav.css';

const items: { view: View; label: MessageId; icon: ReactNode }[] = [
  { view: 'dialer', label: 'shell.navDialer', icon: <KeypadIcon /> },
  { view: 'contacts', label: 'shell.navContacts', icon: <ContactsIcon /> },
  { view: 'history', label: 'shell.navHistory', icon: <HistoryIcon /> },
  { view: 'voicemail', label: 'shell.navVoicemail', icon: <VoicemailIcon /> },
  { view: 'messages', label: 'shell.navMessages', icon: <TextBubbleIcon /> },
  { view: 'settings', label: 'shell.navSettings', icon: <SettingsIcon /> },
];

function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Roving focus: only the current view's button is a Tab stop; arrows move between buttons. */
export function MainNav() {
  const t = useT();
  const current = useNavigationStore(selectors.current);
  const navigate = useNavigationStore(selectors.navigate);
  const isMac = useAppInfoStore(appInfoSelectors.isMac);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = buttons.current.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = targetIndex(event.key, index, items.length);
    if (next === null) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  }

  return (
    <nav className="main-nav" aria-label={t('shell.navLabel')}>
      <ul className="main-nav__list" onKeyDown={onKeyDown}>
        {items.map((item, index) => {
          const isCurrent = item.view === current;
          return (
            <li key={item.view}>
              <button
                type="button"
                className="main-nav__item"
                ref={(element) => {
                  buttons.current[index] = element;
                }}
                aria-current={isCurrent ? 'page' : undefined}
                aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${index + 1}`}
                tabIndex={isCurrent ? 0 : -1}
                onClick={() => navigate(item.view)}
              >
                {item.icon}
                <span className="main-nav__label">{t(item.label)}</span>
                {item.view === 'history' && <MissedCallsBadge />}
                {item.view === 'voicemail' && <VoicemailBadge />}
                {item.view === 'messages' && <MessagesBadge />}
                <kbd className="main-nav__shortcut" aria-hidden="true">
                  {t(isMac ? 'shell.shortcutMac' : 'shell.shortcutCtrl', { digit: index + 1 })}
                </kbd>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
