import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  appName: 'Dialtone',
  titleWithUnread: '({count}) Dialtone',
  backendMissing:
    'El servicio de Dialtone no está conectado. Inicia la app con npm start (escritorio) o npm run dev:web (navegador).',
  loading: 'Cargando Dialtone…',
  skipToContent: 'Saltar al contenido',
  tryAgain: 'Reintentar',
  navLabel: 'Principal',
  navDialer: 'Teclado',
  navContacts: 'Contactos',
  navHistory: 'Historial',
  navVoicemail: 'Buzón',
  navMessages: 'Mensajes',
  navSettings: 'Ajustes',
  shortcutCtrl: 'Ctrl+{digit}',
  shortcutCtrlShift: 'Ctrl+Mayús+{letter}',
  shortcutMac: '⌘{digit}',
  registrationNoAccount: 'Aún no hay línea',
  registrationOffline: 'Sin conexión',
  registrationConnecting: 'Conectando…',
  registrationReady: 'Lista',
  registrationFailed: 'Sin conexión: {message}',
  registrationChecking: 'Comprobando la línea…',
  registrationUnavailable: 'Estado de la línea no disponible',
  lowBalance: 'Tu saldo de Twilio se está agotando: {amount}.',
  lowBalanceAction: 'Ajustes de saldo',
} satisfies Translation<typeof en>;
