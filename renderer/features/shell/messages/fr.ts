import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  appName: 'Dialtone',
  titleWithUnread: '({count}) Dialtone',
  backendMissing:
    'Le service de Dialtone n’est pas connecté. Lancez l’application avec npm start (bureau) ou npm run dev:web (navigateur).',
  loading: 'Chargement de Dialtone…',
  skipToContent: 'Aller au contenu',
  tryAgain: 'Réessayer',
  navLabel: 'Principal',
  navDialer: 'Clavier',
  navContacts: 'Contacts',
  navHistory: 'Historique',
  navVoicemail: 'Messagerie',
  navMessages: 'Messages',
  navSettings: 'Réglages',
  shortcutCtrl: 'Ctrl+{digit}',
  shortcutCtrlShift: 'Ctrl+Maj+{letter}',
  shortcutMac: '⌘{digit}',
  registrationNoAccount: 'Pas encore de ligne',
  registrationOffline: 'Hors ligne',
  registrationConnecting: 'Connexion…',
  registrationReady: 'Prêt',
  registrationFailed: 'Non connecté : {message}',
  registrationChecking: 'Vérification de la ligne…',
  registrationUnavailable: 'État de la ligne indisponible',
  lowBalance: 'Votre solde Twilio devient faible : {amount}.',
  lowBalanceAction: 'Réglages du solde',
} satisfies Translation<typeof en>;
