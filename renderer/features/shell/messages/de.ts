import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  appName: 'Dialtone',
  titleWithUnread: '({count}) Dialtone',
  backendMissing:
    'Das Backend von Dialtone ist nicht verbunden. Starten Sie die App mit npm start (Desktop) oder npm run dev:web (Browser).',
  loading: 'Dialtone wird geladen…',
  skipToContent: 'Zum Inhalt springen',
  tryAgain: 'Erneut versuchen',
  navLabel: 'Hauptmenü',
  navDialer: 'Wählen',
  navContacts: 'Kontakte',
  navHistory: 'Verlauf',
  navVoicemail: 'Mailbox',
  navMessages: 'Nachrichten',
  navSettings: 'Einstellungen',
  shortcutCtrl: 'Strg+{digit}',
  shortcutCtrlShift: 'Strg+Umschalt+{letter}',
  shortcutMac: '⌘{digit}',
  registrationNoAccount: 'Noch keine Leitung',
  registrationOffline: 'Offline',
  registrationConnecting: 'Verbinden…',
  registrationReady: 'Bereit',
  registrationFailed: 'Nicht verbunden: {message}',
  registrationChecking: 'Leitung wird geprüft…',
  registrationUnavailable: 'Leitungsstatus nicht verfügbar',
  lowBalance: 'Ihr Twilio-Guthaben wird knapp: {amount}.',
  lowBalanceAction: 'Guthaben-Einstellungen',
} satisfies Translation<typeof en>;
